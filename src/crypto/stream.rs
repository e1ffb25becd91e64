//! Streaming encryption and decryption of age files (64 KiB chunks), so a
//! document of any size flows in bounded memory. Header and payload are
//! carnet's own code (`header.rs`, `payload.rs`); recipients, identities
//! and armor are the `age` crate's.

use std::io::{self, BufRead, BufReader, Read, Seek, Write};

use age_core::secrecy::ExposeSecret;

use crate::crypto::header;
use crate::crypto::payload::{Opener, PayloadKey, Sealer};
use crate::crypto::Recipients;
use crate::error::{Error, Result};

/// A writer that encrypts, armored or not; `finish` must be called.
pub enum Encrypted<W: Write> {
    Binary(Sealer<W>),
    Armored(Sealer<age::armor::ArmoredWriter<W>>),
}

impl<W: Write> Write for Encrypted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encrypted::Binary(w) => w.write(buf),
            Encrypted::Armored(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encrypted::Binary(w) => w.flush(),
            Encrypted::Armored(w) => w.flush(),
        }
    }
}

impl<W: Write> Encrypted<W> {
    /// Writes the last chunk; without it the file is truncated.
    pub fn finish(self) -> Result<W> {
        match self {
            Encrypted::Binary(w) => w.finish().and_then(|mut o| o.flush().map(|_| o)),
            Encrypted::Armored(w) => w
                .finish()
                .and_then(|a| a.finish())
                .and_then(|mut o| o.flush().map(|_| o)),
        }
        .map_err(|e| Error::io(crate::i18n::tr!("io-finishing-encryption"), e))
    }
    /// The binary sealer, for callers that fill it straight from a reader.
    pub fn binary(&mut self) -> Option<&mut Sealer<W>> {
        match self {
            Encrypted::Binary(w) => Some(w),
            Encrypted::Armored(_) => None,
        }
    }
}

/// Starts an age file to `to` on `out`.
pub fn encrypt_writer<W: Write>(to: &Recipients, mut out: W, armor: bool) -> Result<Encrypted<W>> {
    let (head, key) = to.header()?;
    let err = |e| Error::io(crate::i18n::tr!("io-writing-age-header"), e);
    if armor {
        let mut a = age::armor::ArmoredWriter::wrap_output(out, age::armor::Format::AsciiArmor)
            .map_err(err)?;
        a.write_all(&head).map_err(err)?;
        Ok(Encrypted::Armored(Sealer::new(key, a)))
    } else {
        out.write_all(&head).map_err(err)?;
        Ok(Encrypted::Binary(Sealer::new(key, out)))
    }
}

/// An age file's bytes, binary or armored.
pub enum Input<R: Read> {
    Binary(BufReader<R>),
    Armored(age::armor::ArmoredReader<BufReader<BufReader<R>>>),
}

impl<R: Read> Read for Input<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Input::Binary(r) => r.read(buf),
            Input::Armored(r) => r.read(buf),
        }
    }
}

impl<R: Read> BufRead for Input<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Input::Binary(r) => r.fill_buf(),
            Input::Armored(r) => r.fill_buf(),
        }
    }
    fn consume(&mut self, n: usize) {
        match self {
            Input::Binary(r) => r.consume(n),
            Input::Armored(r) => r.consume(n),
        }
    }
}

fn input<R: Read>(input: R) -> io::Result<Input<R>> {
    let mut br = BufReader::with_capacity(1 << 16, input);
    if br.fill_buf()?.starts_with(header::MAGIC) {
        Ok(Input::Binary(br))
    } else {
        // Armor, or a binary file whose first read came back short: the
        // armor reader tells them apart and passes binary through.
        Ok(Input::Armored(age::armor::ArmoredReader::new(br)))
    }
}

/// Opens an age file (binary or armored) with the given identities.
pub fn decrypt_reader<R: Read + Send>(
    input_: R,
    identities: &[&dyn age::Identity],
) -> std::result::Result<Opener<Input<R>>, age::DecryptError> {
    let mut input = input(input_)?;
    let (head, nonce) = header::read_header(&mut input)?;
    let file_key = head.unwrap(identities)?;
    Ok(Opener::new(header::payload_key(&file_key, &nonce), input))
}

/// As [`decrypt_reader`], also returning the file key, so a second pass
/// over the same file opens it without the identities (a passphrase file
/// would pay scrypt again): see [`KnownFileKey`].
pub fn decrypt_reader_keeping_key<R: Read + Send>(
    input_: R,
    identities: &[&dyn age::Identity],
) -> std::result::Result<(Opener<Input<R>>, KnownFileKey), age::DecryptError> {
    let mut input = input(input_)?;
    let (head, nonce) = header::read_header(&mut input)?;
    let file_key = head.unwrap(identities)?;
    let known = KnownFileKey(zeroize::Zeroizing::new(*file_key.expose_secret()));
    Ok((
        Opener::new(header::payload_key(&file_key, &nonce), input),
        known,
    ))
}

/// The file key of an age file already opened once, as an identity that
/// opens that file again. A file with another file key fails its header
/// MAC (keyed by the file key); whoever knows the key could still write
/// another file under it, so callers check what they read again.
pub struct KnownFileKey(zeroize::Zeroizing<[u8; 16]>);

impl age::Identity for KnownFileKey {
    fn unwrap_stanza(
        &self,
        _stanza: &age_core::format::Stanza,
    ) -> Option<std::result::Result<age_core::format::FileKey, age::DecryptError>> {
        Some(Ok(age_core::format::FileKey::init_with_mut(|k| {
            k.copy_from_slice(&self.0[..])
        })))
    }
}

/// Opens a binary age file that can be measured and entered at any chunk
/// (blobs, the index), with the given identities.
pub fn decrypt_seekable<R: Read + Seek>(
    input: R,
    identities: &[&dyn age::Identity],
) -> std::result::Result<Opener<BufReader<R>>, age::DecryptError> {
    let mut input = BufReader::with_capacity(8 << 10, input);
    let (head, nonce) = header::read_header(&mut input)?;
    let file_key = head.unwrap(identities)?;
    Ok(Opener::new_seekable(
        header::payload_key(&file_key, &nonce),
        input,
    )?)
}

/// Reads a binary age file's header from `input` with the given identities:
/// the payload key, and where the payload starts (for callers that read
/// and decrypt chunks themselves, in parallel).
pub fn decrypt_header<R: BufRead + Seek>(
    input: &mut R,
    identities: &[&dyn age::Identity],
) -> std::result::Result<(PayloadKey, u64), age::DecryptError> {
    let (head, nonce) = header::read_header(input)?;
    let file_key = head.unwrap(identities)?;
    let start = input.stream_position()?;
    Ok((header::payload_key(&file_key, &nonce), start))
}

/// A new age file's header (with its nonce) for `to`, and its payload key,
/// for callers that encrypt chunks themselves, in parallel.
pub fn encrypt_header(to: &Recipients) -> Result<(Vec<u8>, PayloadKey)> {
    to.header()
}

/// Whether an age file (binary or armored) is encrypted to a passphrase,
/// reading only its header.
pub fn is_passphrase_encrypted<R: Read>(r: R) -> std::result::Result<bool, age::DecryptError> {
    let mut input = input(r)?;
    let (head, _) = header::read_header(&mut input)?;
    Ok(head.is_scrypt())
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read, Write};

    use age::secrecy::SecretString;

    use super::*;
    use crate::crypto::payload::{CHUNK, ENC_CHUNK};

    use crate::testutil::pseudo_random as data;

    const SIZES: [usize; 9] = [
        0,
        1,
        CHUNK - 1,
        CHUNK,
        CHUNK + 1,
        2 * CHUNK,
        2 * CHUNK + 1,
        3 * CHUNK + 12_345,
        7,
    ];

    fn ours(to: &Recipients, plain: &[u8], armor: bool) -> Vec<u8> {
        let mut w = encrypt_writer(to, Vec::new(), armor).unwrap();
        // Odd write sizes cross chunk boundaries every way.
        for piece in plain.chunks(10_007) {
            w.write_all(piece).unwrap();
        }
        w.finish().unwrap()
    }

    fn age_crate_decrypt(file: &[u8], id: &dyn age::Identity) -> Vec<u8> {
        let dec = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(file)).unwrap();
        let mut r = dec.decrypt(std::iter::once(id)).unwrap();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        out
    }

    fn ours_decrypt(file: &[u8], id: &dyn age::Identity) -> std::io::Result<Vec<u8>> {
        let mut r = decrypt_reader(file, &[id]).map_err(std::io::Error::other)?;
        let mut out = Vec::new();
        r.read_to_end(&mut out)?;
        Ok(out)
    }

    /// What carnet writes the age crate reads, armored or not, and the
    /// other way round.
    #[test]
    fn interoperates_with_the_age_crate_both_ways() {
        let id = age::x25519::Identity::generate();
        let to = Recipients::x25519(id.to_public());
        for (i, n) in SIZES.iter().enumerate() {
            let plain = data(*n, i as u64 + 1);
            for armor in [false, true] {
                let file = ours(&to, &plain, armor);
                assert!(
                    age_crate_decrypt(&file, &id) == plain,
                    "ours→age {n} {armor}"
                );
                assert!(
                    ours_decrypt(&file, &id).unwrap() == plain,
                    "ours→ours {n} {armor}"
                );
            }
            let enc = age::Encryptor::with_recipients(std::iter::once(
                &id.to_public() as &dyn age::Recipient
            ))
            .unwrap();
            let mut file = Vec::new();
            let mut w = enc.wrap_output(&mut file).unwrap();
            w.write_all(&plain).unwrap();
            w.finish().unwrap();
            assert!(ours_decrypt(&file, &id).unwrap() == plain, "age→ours {n}");
        }
    }

    #[test]
    fn passphrase_files_interoperate_and_are_recognised() {
        let pass = || SecretString::from("correct horse".to_string());
        let to = Recipients::Passphrase {
            passphrase: pass(),
            log_n: 10,
        };
        let plain = data(CHUNK + 3, 5);
        let file = ours(&to, &plain, false);
        assert!(is_passphrase_encrypted(&file[..]).unwrap());
        let id = crate::crypto::passphrase_identity(pass());
        assert!(age_crate_decrypt(&file, &id) == plain);
        assert!(ours_decrypt(&file, &id).unwrap() == plain);
        let wrong = crate::crypto::passphrase_identity(SecretString::from("no".to_string()));
        assert!(ours_decrypt(&file, &wrong).is_err());
        let x = age::x25519::Identity::generate();
        let file = ours(&Recipients::x25519(x.to_public()), &plain, true);
        assert!(!is_passphrase_encrypted(&file[..]).unwrap());
    }

    /// `fill_from` (the blob writer's zero-copy path) writes the same
    /// stream as `write`, and shows every byte to the hasher once.
    #[test]
    fn fill_from_matches_write() {
        let id = age::x25519::Identity::generate();
        let to = Recipients::x25519(id.to_public());
        for (i, n) in SIZES.iter().enumerate() {
            let plain = data(*n, i as u64 + 11);
            let mut w = encrypt_writer(&to, Vec::new(), false).unwrap();
            let mut seen = Vec::new();
            let got = w
                .binary()
                .unwrap()
                .fill_from(&mut Cursor::new(&plain), |b| seen.extend_from_slice(b))
                .unwrap();
            assert_eq!(got, *n as u64);
            assert!(seen == plain);
            let file = w.finish().unwrap();
            assert!(age_crate_decrypt(&file, &id) == plain, "size {n}");
        }
    }

    /// The file key kept from a first pass opens the same file again, and
    /// no other (another file's header MAC does not match it).
    #[test]
    fn a_kept_file_key_opens_that_file_only() {
        let pass = || SecretString::from("correct horse".to_string());
        let to = Recipients::Passphrase {
            passphrase: pass(),
            log_n: 10,
        };
        let plain = data(CHUNK + 9, 6);
        let file = ours(&to, &plain, true);
        let id = crate::crypto::passphrase_identity(pass());
        let (mut r, known) = decrypt_reader_keeping_key(&file[..], &[&id]).unwrap();
        let mut first = Vec::new();
        r.read_to_end(&mut first).unwrap();
        assert!(first == plain);
        assert!(ours_decrypt(&file, &known).unwrap() == plain);
        let other = ours(&to, &plain, true);
        assert!(matches!(
            decrypt_reader(&other[..], &[&known]).err(),
            Some(age::DecryptError::InvalidMac)
        ));
    }

    /// Once the input has said it ended (a read returned 0), it is not
    /// read again: on a terminal, that would wait for a second Ctrl-D.
    #[test]
    fn fill_from_reads_nothing_after_the_end() {
        struct Ends<'a> {
            data: &'a [u8],
            ended: bool,
        }
        impl Read for Ends<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                assert!(!self.ended, "read again after the end of input");
                // Short reads, as from a pipe or a terminal.
                let n = buf.len().min(self.data.len()).min(1000);
                buf[..n].copy_from_slice(&self.data[..n]);
                self.data = &self.data[n..];
                self.ended = n == 0;
                Ok(n)
            }
        }
        let id = age::x25519::Identity::generate();
        let to = Recipients::x25519(id.to_public());
        for n in [0, 5, CHUNK - 1, CHUNK + 1, 3 * CHUNK + 2] {
            let plain = data(n, 4);
            let mut w = encrypt_writer(&to, Vec::new(), false).unwrap();
            let mut input = Ends {
                data: &plain,
                ended: false,
            };
            w.binary().unwrap().fill_from(&mut input, |_| {}).unwrap();
            let file = w.finish().unwrap();
            assert!(age_crate_decrypt(&file, &id) == plain, "size {n}");
        }
    }

    /// Damage anywhere is refused: header, MAC, any chunk, a cut at a chunk
    /// boundary, bytes appended, chunks swapped.
    #[test]
    fn damage_is_refused() {
        let id = age::x25519::Identity::generate();
        let to = Recipients::x25519(id.to_public());
        let plain = data(3 * CHUNK + 100, 3);
        let file = ours(&to, &plain, false);
        let head = file.len() - (plain.len() + 4 * 16) - 16;
        for at in [
            5,
            head / 2,
            head - 3,
            head + 3,
            head + 16 + ENC_CHUNK + 9,
            file.len() - 1,
        ] {
            let mut bad = file.clone();
            bad[at] ^= 0x20;
            assert!(ours_decrypt(&bad, &id).is_err(), "flip at {at}");
        }
        let body = head + 16;
        for cut in [
            body + ENC_CHUNK,
            body + 2 * ENC_CHUNK,
            file.len() - 1,
            body + 5,
        ] {
            assert!(ours_decrypt(&file[..cut], &id).is_err(), "cut at {cut}");
        }
        let mut longer = file.clone();
        longer.extend_from_slice(&[0u8; 17]);
        assert!(ours_decrypt(&longer, &id).is_err());
        let mut swapped = file.clone();
        let (a, b) = (body, body + ENC_CHUNK);
        let first = file[a..b].to_vec();
        swapped.copy_within(b..b + ENC_CHUNK, a);
        swapped[b..b + ENC_CHUNK].copy_from_slice(&first);
        assert!(ours_decrypt(&swapped, &id).is_err());
        // Another key: no matching identity.
        let other = age::x25519::Identity::generate();
        assert!(matches!(
            decrypt_reader(&file[..], &[&other]).err(),
            Some(age::DecryptError::NoMatchingKeys)
        ));
    }

    /// A seekable reader measures the plaintext and enters at any chunk.
    #[test]
    fn seekable_reader_measures_and_seeks() {
        let id = age::x25519::Identity::generate();
        let to = Recipients::x25519(id.to_public());
        for n in [0, 1, CHUNK, 5 * CHUNK + 77] {
            let plain = data(n, 9);
            let file = ours(&to, &plain, false);
            let mut r = decrypt_seekable(Cursor::new(&file), &[&id]).unwrap();
            assert_eq!(r.plaintext_len().unwrap(), n as u64);
            for start in (0..n).step_by(CHUNK).rev() {
                r.seek_chunk(start as u64).unwrap();
                let mut out = Vec::new();
                r.read_to_end(&mut out).unwrap();
                assert!(out == plain[start..], "size {n} from {start}");
            }
        }
    }

    /// Headers the age crate would refuse are refused; arbitrary bytes
    /// never panic.
    #[test]
    fn malformed_headers_are_refused() {
        let id = age::x25519::Identity::generate();
        let file = ours(&Recipients::x25519(id.to_public()), b"x", false);
        let text_end = file.iter().position(|b| *b == b'-').unwrap();
        let cases: Vec<Vec<u8>> = vec![
            b"age-encryption.org/v2\n".to_vec(),
            b"age-encryption.org/v1\n--- AAAA\n".to_vec(),
            b"age-encryption.org/v1\n-> X25519\n".to_vec(),
            b"not age at all".to_vec(),
            Vec::new(),
            [&file[..text_end], b"->  X25519 a\n\n", &file[text_end..]].concat(),
        ];
        for c in cases {
            assert!(
                ours_decrypt(&c, &id).is_err(),
                "{:?}",
                String::from_utf8_lossy(&c)
            );
        }
        let mut x = 7u64;
        for len in 0..300 {
            let mut bytes = file.clone();
            bytes.truncate(len.min(bytes.len()));
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if !bytes.is_empty() {
                let i = (x as usize) % bytes.len();
                bytes[i] = x as u8;
            }
            let _ = ours_decrypt(&bytes, &id);
        }
    }
}
