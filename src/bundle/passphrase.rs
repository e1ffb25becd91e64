//! Generated bundle passphrases: words easy to read aloud over the phone,
//! drawn from a French list of 2048 words (assets/wordlist/fr.txt: the
//! French BIP-0039 list without accents, 5 to 8 letters, no two words with
//! the same first four letters) with the operating system's generator.
//! 8 words of 11 bits each: 88 bits, beyond the 80 the contract asks; with
//! scrypt at 2^18 on top, guessing is out of reach.

use age::secrecy::SecretString;
use rand::Rng;

const WORDLIST: &str = include_str!("../../assets/wordlist/fr.txt");

/// Words in a generated passphrase.
pub const WORDS: usize = 8;
/// Bits of a generated passphrase (`WORDS` × log2 of the list's length).
pub const BITS: u32 = WORDS as u32 * 11;

fn words() -> Vec<&'static str> {
    WORDLIST.lines().collect()
}

/// A new passphrase: `WORDS` words separated by single spaces.
pub fn generate() -> SecretString {
    let list = words();
    let mut rng = rand::rngs::OsRng;
    let picked: Vec<&str> = (0..WORDS)
        .map(|_| list[rng.gen_range(0..list.len())])
        .collect();
    SecretString::from(picked.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;
    use std::collections::HashSet;

    #[test]
    fn the_list_has_2048_distinct_plain_words() {
        let w = words();
        assert_eq!(w.len(), 2048);
        assert_eq!(1usize << (BITS / WORDS as u32), w.len());
        const { assert!(BITS >= 80) };
        let prefixes: HashSet<&str> = w.iter().map(|x| &x[..4]).collect();
        assert_eq!(prefixes.len(), 2048, "first four letters identify a word");
        assert!(w
            .iter()
            .all(|x| (5..=8).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_lowercase())));
    }

    #[test]
    fn generated_passphrases_are_words_of_the_list() {
        let list: HashSet<&str> = words().into_iter().collect();
        let a = generate();
        let b = generate();
        assert_ne!(a.expose_secret(), b.expose_secret());
        let parts: Vec<&str> = a.expose_secret().split(' ').collect();
        assert_eq!(parts.len(), WORDS);
        assert!(parts.iter().all(|p| list.contains(p)));
    }
}
