// What carnet's self-decrypting page needs: age decryption (passphrase),
// age's armor, Ed25519 verification and SHA-256, all from the audited
// @noble libraries that age-encryption itself builds on.
export { Decrypter, armor } from "age-encryption";
export { ed25519 } from "@noble/curves/ed25519.js";
export { sha256 } from "@noble/hashes/sha2.js";
