//! Streaming encryption and decryption (age STREAM, 64 KiB chunks), so a
//! document of any size flows in bounded memory.

use std::io::{self, Read, Write};

use crate::crypto::Recipients;
use crate::error::{Error, Result};

/// A writer that encrypts, armored or not; `finish` must be called.
pub enum Encrypted<W: Write> {
    Binary(age::stream::StreamWriter<W>),
    Armored(age::stream::StreamWriter<age::armor::ArmoredWriter<W>>),
}

impl<W: Write> Write for Encrypted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encrypted::Binary(w) => w.write(buf),
            Encrypted::Armored(w) => w.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Encrypted::Binary(w) => w.write_all(buf),
            Encrypted::Armored(w) => w.write_all(buf),
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
            Encrypted::Binary(w) => w.finish().map_err(|e| Error::io("finishing encryption", e)),
            Encrypted::Armored(w) => w
                .finish()
                .and_then(|a| a.finish())
                .map_err(|e| Error::io("finishing encryption", e)),
        }
    }
}

/// Starts an age file to `to` on `out`.
pub fn encrypt_writer<W: Write>(to: &Recipients, out: W, armor: bool) -> Result<Encrypted<W>> {
    let enc = to.encryptor()?;
    if armor {
        let a = age::armor::ArmoredWriter::wrap_output(out, age::armor::Format::AsciiArmor)
            .map_err(|e| Error::io("writing the age header", e))?;
        Ok(Encrypted::Armored(
            enc.wrap_output(a)
                .map_err(|e| Error::io("writing the age header", e))?,
        ))
    } else {
        Ok(Encrypted::Binary(
            enc.wrap_output(out)
                .map_err(|e| Error::io("writing the age header", e))?,
        ))
    }
}

/// Opens an age file (binary or armored) with the given identities.
pub fn decrypt_reader<R: Read + Send>(
    input: R,
    identities: &[&dyn age::Identity],
) -> std::result::Result<impl Read + Send + use<R>, age::DecryptError> {
    // Reads of one age chunk (64 KiB) at a time: an 8 KiB buffer would make
    // eight system calls per chunk.
    let dec = age::Decryptor::new_buffered(age::armor::ArmoredReader::new(
        io::BufReader::with_capacity(1 << 16, input),
    ))?;
    dec.decrypt(identities.iter().copied())
}

/// Whether an age file (binary or armored) is encrypted to a passphrase,
/// reading only its header.
pub fn is_passphrase_encrypted<R: Read>(input: R) -> std::result::Result<bool, age::DecryptError> {
    let dec =
        age::Decryptor::new_buffered(age::armor::ArmoredReader::new(io::BufReader::new(input)))?;
    Ok(dec.is_scrypt())
}
