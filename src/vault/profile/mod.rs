//! Profiles and the guardian chain: children's vaults managed by their
//! guardians.
//!
//! A child's vault is an ordinary vault under the data dir whose key is
//! wrapped, in its own `keys/`, to the **guardian's own vault recipient**:
//! whatever unlocks the guardian's vault (passphrase, key, plugin) yields
//! the guardian's vault key, which is an age identity that opens the
//! child's wrapper. The public `profile.json` beside the child's
//! `vault.json` names the guardian's vault (id, and profile name or path),
//! so the child's vault can be opened without saying where the guardian's
//! is. Other guardians get a wrapper to their own recipient, the minor a
//! wrapper to theirs (`profile key`); each wrapper's row in the index says
//! whose it is, which decides who the journal and the policy see acting.
//!
//! - [`file`]: the `profile.json` file.
//! - [`place`]: where profiles live, how they are named, finding a
//!   guardian's vault and a guardian's children.
//! - [`unlock`]: opening a vault directly or through a guardian's vault,
//!   with the location pins and the guardian's MAC checked.
//! - [`create`]: a child's profile made from a guardian's vault.
//! - [`children`]: a child's guardians and the minor's keys, what a
//!   profile shows.
//! - [`accept`]: `trust accept`, a vault accepted where it was refused.
//! - [`handover`]: the switch to the young adult's own keys.
//! - [`rekey`]: re-keying a vault, keeping the children it guards in step.
//!
//! Nothing here prompts or prints: the caller gives the unlock method,
//! the passphrases and a progress callback, and renders what comes back.

pub mod accept;
pub mod children;
pub mod create;
pub mod file;
pub mod handover;
pub mod place;
pub mod rekey;
pub mod unlock;

pub use accept::accepting;
pub use file::{read, write, ParentRef, ProfileFile, FILE, FORMAT};
pub use place::{
    check_name, children_of, data_dir, label, make_profiles_dir, profiles_dir, require_child,
    selector,
};
pub use unlock::{open_child, unlock, unlock_held};
