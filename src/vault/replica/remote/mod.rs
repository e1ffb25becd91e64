//! Where replicas meet: a store of named objects, each written once by one
//! device and never changed. A folder (a USB disk, a NAS mount, a folder
//! that Syncthing or Nextcloud syncs) is the embedded default; `s3://`
//! reaches any S3-compatible store. Layout (docs/sync.md):
//!
//! ```text
//! carnet-remote.json   public: format, vault id
//! recipient, keys/F    the vault's public recipient and key wrappers
//! blobs/NAME.age       documents, as in the vault
//! log/DEVICE/N         each device's sealed segments, numbered
//! snap/DEVICE-N        a sealed index as of a device's segment N (for clones)
//! ```

pub mod folder;
pub mod s3;
pub mod store;

pub use store::{is_safe_name, Fetched, Listed, Store};

use std::path::Path;

use crate::error::{Error, Result};

/// A remote as configured: its URL and the settings kept with it.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteSpec {
    pub name: String,
    pub url: String,
    pub endpoint: Option<String>,
    pub region: Option<String>,
}

/// Exit 2 unless `url` is a remote carnet can reach: a directory path,
/// `file://PATH`, or `s3://BUCKET[/PREFIX]`.
pub fn check_url(url: &str) -> Result<()> {
    crate::text::check_field("the remote URL", url)?;
    if let Some(rest) = url.strip_prefix("s3://") {
        let bucket = rest.split('/').next().unwrap_or("");
        if bucket.is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("v-url-no-bucket", url = format!("{url:?}")),
                crate::i18n::tr!("v-url-no-bucket-hint"),
            ));
        }
        return Ok(());
    }
    if url.contains("://") && !url.starts_with("file://") {
        return Err(Error::usage(
            crate::i18n::tr!("v-url-unreachable", url = format!("{url:?}")),
            crate::i18n::tr!("v-url-unreachable-hint"),
        ));
    }
    if url.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("v-url-empty"),
            crate::i18n::tr!("v-url-empty-hint"),
        ));
    }
    Ok(())
}

/// Opens the store a remote names.
pub fn open(spec: &RemoteSpec) -> Result<Box<dyn Store>> {
    check_url(&spec.url)?;
    if spec.url.starts_with("s3://") {
        return Ok(Box::new(s3::S3::open(
            &spec.url,
            spec.endpoint.as_deref(),
            spec.region.as_deref(),
        )?));
    }
    let path = spec.url.strip_prefix("file://").unwrap_or(&spec.url);
    Ok(Box::new(folder::Folder::new(Path::new(path))))
}

/// A folder remote is kept absolute: cron runs from another directory.
pub fn absolute_url(url: &str) -> String {
    if url.contains("://") {
        return url.to_string();
    }
    std::path::absolute(url)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| url.to_string())
}
