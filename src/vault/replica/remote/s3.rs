//! An S3 remote, `s3://BUCKET[/PREFIX]`, through the `object_store` crate:
//! any S3-compatible store (Garage, MinIO, a provider's). Settings and
//! credentials come from the environment `object_store` reads
//! (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`,
//! `AWS_ENDPOINT`, `AWS_ALLOW_HTTP`, ...); a remote's `--endpoint` and
//! `--region` override them. No secret is ever taken from the command line
//! or stored.
//!
//! `object_store` is async; carnet is not. Each store runs its requests on
//! its own current-thread tokio runtime, which never leaves this module.
//!
//! Objects never change (store.rs): a write first looks the name up and,
//! if it exists, accepts it only when it holds the same bytes (exit 6
//! otherwise). `PutMode::Create` is sent as a second guard only: some
//! stores (Garage 2.5) accept it and overwrite anyway.

use crate::error::doing;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt;
use object_store::aws::{AmazonS3, AmazonS3Builder, AmazonS3ConfigKey};
use object_store::client::{HttpError, HttpErrorKind};
use object_store::path::Path as Key;
use object_store::{
    ClientConfigKey, ObjectStore, ObjectStoreExt, PutMode, PutOptions, PutPayload, RetryConfig,
    WriteMultipart,
};

use crate::error::{Error, Result};
use crate::fsutil;

use super::store::{is_safe_name, Fetched, Listed, Store};

/// Size of one multipart part (the S3 minimum; at most 10,000 parts: 50 GB);
/// files up to this size go in one PUT.
/// Memory in flight is about `PART * (IN_FLIGHT + 1)`.
const PART: usize = 5 << 20;
const IN_FLIGHT: usize = 2;
/// Objects fetched at once by `get_files`. Each small GET waits on the
/// server and the loopback more than on bytes (see `get_files`); 8 left
/// the clone of 2,000 documents bound by that wait. Memory stays small
/// whatever the sizes: every object streams to its file.
const FETCH_AT_ONCE: usize = 32;

pub struct S3 {
    rt: tokio::runtime::Runtime,
    store: AmazonS3,
    /// `""` or `a/b` (no leading or trailing `/`).
    prefix: String,
    url: String,
}

/// Where a write's bytes come from, to compare with an existing object.
enum Local<'a> {
    Bytes(&'a [u8]),
    File(&'a Path),
}

impl S3 {
    pub fn open(url: &str, endpoint: Option<&str>, region: Option<&str>) -> Result<S3> {
        let rest = url.strip_prefix("s3://").unwrap_or(url);
        let (bucket, prefix) = match rest.split_once('/') {
            Some((b, p)) => (b, p.trim_matches('/')),
            None => (rest, ""),
        };
        if bucket.is_empty()
            || !prefix
                .split('/')
                .all(|s| prefix.is_empty() || is_safe_name(s))
        {
            return Err(Error::usage(
                crate::i18n::tr!("v-s3-bad-url", url = format!("{url:?}")),
                crate::i18n::tr!("v-s3-bad-url-hint"),
            ));
        }
        let mut b = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            // A dead endpoint fails in seconds, not after object_store's
            // default three minutes of retries.
            .with_retry(RetryConfig {
                max_retries: 3,
                retry_timeout: Duration::from_secs(30),
                ..Default::default()
            })
            .with_config(
                AmazonS3ConfigKey::Client(ClientConfigKey::ConnectTimeout),
                "10s",
            )
            // No bound on a whole request (a 2 GiB document streams for
            // minutes), but a stalled one fails.
            .with_config(AmazonS3ConfigKey::Client(ClientConfigKey::Timeout), "24h")
            .with_config(
                AmazonS3ConfigKey::Client(ClientConfigKey::ReadTimeout),
                "120s",
            );
        if let Some(e) = endpoint {
            b = b.with_endpoint(e);
        }
        if let Some(r) = region {
            b = b.with_region(r);
        }
        // reqwest's own message for this is only "builder error".
        let plain = b
            .get_config_value(&AmazonS3ConfigKey::Endpoint)
            .is_some_and(|e| e.to_ascii_lowercase().starts_with("http://"));
        let allowed = b
            .get_config_value(&AmazonS3ConfigKey::Client(ClientConfigKey::AllowHttp))
            .is_some_and(|v| {
                matches!(v.to_ascii_lowercase().as_str(), "true" | "1" | "yes" | "on")
            });
        if plain && !allowed {
            return Err(Error::usage(
                crate::i18n::tr!("v-s3-http", url = url.to_string()),
                crate::i18n::tr!("v-s3-http-hint"),
            ));
        }
        let store = b.build().map_err(|e| {
            Error::usage(
                crate::i18n::tr!("v-s3-setup", url = url.to_string(), detail = e.to_string()),
                crate::i18n::tr!("v-s3-setup-hint"),
            )
        })?;
        S3::with_client(store, prefix, url)
    }

    /// A store over an already configured client (tests drive the
    /// contract of [`Store`] through it without touching the process
    /// environment).
    pub fn with_client(store: AmazonS3, prefix: &str, url: &str) -> Result<S3> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::io(crate::i18n::tr!("io-s3-client"), e))?;
        Ok(S3 {
            rt,
            store,
            prefix: prefix.trim_matches('/').to_string(),
            url: url.to_string(),
        })
    }

    fn key(&self, name: &str) -> Key {
        if self.prefix.is_empty() {
            Key::from(name)
        } else {
            Key::from(format!("{}/{name}", self.prefix))
        }
    }

    /// Maps an `object_store` error to carnet's, with a hint.
    fn fail(&self, what: &str, e: object_store::Error) -> Error {
        let text = e.to_string();
        if text.contains("NoSuchBucket") {
            return Error::not_found(
                crate::i18n::tr!("v-s3-no-bucket", url = &self.url),
                crate::i18n::tr!("v-s3-no-bucket-hint"),
            );
        }
        // A signature scoped to another region than the server's.
        if text.contains("AuthorizationHeaderMalformed") {
            return Error::unlock(
                crate::i18n::tr!("v-s3-region", url = &self.url, what = what),
                crate::i18n::tr!("v-s3-region-hint"),
            );
        }
        match e {
            object_store::Error::PermissionDenied { .. }
            | object_store::Error::Unauthenticated { .. } => Error::unlock(
                crate::i18n::tr!("v-s3-refused", url = &self.url, what = what),
                crate::i18n::tr!("v-s3-refused-hint"),
            ),
            e if unreachable(&e) => Error::io(
                crate::i18n::tr!(
                    "io-s3-unreachable",
                    url = self.url.to_string(),
                    what = what.to_string()
                ),
                std::io::Error::new(
                    std::io::ErrorKind::ConnectionRefused,
                    crate::i18n::tr!("io-no-answer"),
                ),
            ),
            // The server's answer is untrusted text: shown cleaned and bounded.
            _ => Error::unexpected(
                crate::i18n::tr!("y-s3-failed", what = what, url = self.url.to_string()),
                crate::text::clean(&text, 400),
            ),
        }
    }

    /// Whether the object `key` holds exactly `local`'s bytes (streamed:
    /// bounded memory whatever the size).
    async fn holds(&self, key: &Key, name: &str, local: &Local<'_>) -> Result<bool> {
        let got = match self.store.get(key).await {
            Ok(g) => g,
            Err(e) if is_missing(&e) => return Ok(false),
            Err(e) => {
                return Err(self.fail(
                    &crate::i18n::tr!("y-s3-reading", name = name.to_string()),
                    e,
                ))
            }
        };
        let mut reader: Box<dyn Read> = match local {
            Local::Bytes(b) => {
                if b.len() as u64 != got.meta.size {
                    return Ok(false);
                }
                Box::new(*b)
            }
            Local::File(p) => {
                let f = File::open(p).map_err(|e| Error::io(doing::reading(p), e))?;
                let len = f
                    .metadata()
                    .map_err(|e| Error::io(doing::reading(p), e))?
                    .len();
                if len != got.meta.size {
                    return Ok(false);
                }
                Box::new(f)
            }
        };
        let mut stream = got.into_stream();
        let mut buf = Vec::new();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| {
                self.fail(
                    &crate::i18n::tr!("y-s3-reading", name = name.to_string()),
                    e,
                )
            })?;
            buf.resize(chunk.len(), 0);
            let n = fsutil::read_full(&mut reader, &mut buf)
                .map_err(|e| Error::io(crate::i18n::tr!("io-reading-local-file"), e))?;
            if n != chunk.len() || buf[..n] != chunk[..] {
                return Ok(false);
            }
        }
        let mut one = [0u8; 1];
        Ok(fsutil::read_full(&mut reader, &mut one)
            .map_err(|e| Error::io(crate::i18n::tr!("io-reading-local-file"), e))?
            == 0)
    }

    /// Ok if `name` is absent (the caller writes it) or already holds
    /// `local`'s bytes (`Ok(true)`: nothing to write); exit 6 otherwise.
    async fn exists_same(&self, key: &Key, name: &str, local: &Local<'_>) -> Result<bool> {
        match self.store.head(key).await {
            Ok(_) => {
                if self.holds(key, name, local).await? {
                    Ok(true)
                } else {
                    Err(different(&self.url, name))
                }
            }
            Err(e) if is_missing(&e) => Ok(false),
            Err(e) => Err(self.fail(
                &crate::i18n::tr!("y-s3-looking-up", name = name.to_string()),
                e,
            )),
        }
    }

    async fn put_small(
        &self,
        key: &Key,
        name: &str,
        local: &Local<'_>,
        bytes: Bytes,
    ) -> Result<()> {
        if self.exists_same(key, name, local).await? {
            return Ok(());
        }
        let create = PutOptions {
            mode: PutMode::Create,
            ..Default::default()
        };
        match self
            .store
            .put_opts(key, PutPayload::from(bytes.clone()), create)
            .await
        {
            Ok(_) => Ok(()),
            // Written by someone else since the look-up: same bytes or exit 6.
            Err(object_store::Error::AlreadyExists { .. })
            | Err(object_store::Error::Precondition { .. }) => {
                if self.holds(key, name, local).await? {
                    Ok(())
                } else {
                    Err(different(&self.url, name))
                }
            }
            // A store without conditional writes: the look-up above is the guard.
            Err(object_store::Error::NotImplemented { .. })
            | Err(object_store::Error::NotSupported { .. }) => self
                .store
                .put(key, PutPayload::from(bytes))
                .await
                .map(|_| ())
                .map_err(|e| {
                    self.fail(
                        &crate::i18n::tr!("y-s3-writing", name = name.to_string()),
                        e,
                    )
                }),
            Err(e) => Err(self.fail(
                &crate::i18n::tr!("y-s3-writing", name = name.to_string()),
                e,
            )),
        }
    }

    /// Streams `name` into a new file at `path`, unless it is larger than
    /// `max` bytes (said by the store, or found while reading). `sync`:
    /// fsync the file before returning (`get_files` leaves that to its
    /// caller, who syncs a whole batch at once).
    async fn fetch_max(&self, name: &str, path: &Path, max: u64, sync: bool) -> Result<Fetched> {
        let key = self.key(name);
        let got = match self.store.get(&key).await {
            Ok(g) => g,
            Err(e) if is_missing(&e) => return Ok(Fetched::Missing),
            Err(e) => {
                return Err(self.fail(
                    &crate::i18n::tr!("y-s3-reading", name = name.to_string()),
                    e,
                ))
            }
        };
        if got.meta.size > max {
            return Ok(Fetched::TooLarge);
        }
        let mut out = fsutil::create_new_private(path)?;
        let res: Result<Fetched> = async {
            let mut stream = got.into_stream();
            let mut n = 0u64;
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(|e| {
                    self.fail(
                        &crate::i18n::tr!("y-s3-reading", name = name.to_string()),
                        e,
                    )
                })?;
                n = n.saturating_add(chunk.len() as u64);
                if n > max {
                    return Ok(Fetched::TooLarge);
                }
                out.write_all(&chunk)
                    .map_err(|e| Error::io(doing::writing(path), e))?;
            }
            if sync {
                out.sync_all()
                    .map_err(|e| Error::io(doing::writing(path), e))?;
            }
            Ok(Fetched::Got)
        }
        .await;
        if !matches!(res, Ok(Fetched::Got)) {
            // Ciphertext only, but a partial object is of no use.
            let _ = std::fs::remove_file(path);
        }
        res
    }
    /// A large file in parts of `PART` bytes, at most `IN_FLIGHT` at once.
    async fn put_large(&self, key: &Key, name: &str, mut f: File, path: &Path) -> Result<()> {
        let up = self.store.put_multipart(key).await.map_err(|e| {
            self.fail(
                &crate::i18n::tr!("y-s3-writing", name = name.to_string()),
                e,
            )
        })?;
        let mut w = WriteMultipart::new_with_chunk_size(up, PART);
        let res: Result<()> = async {
            loop {
                let mut buf = vec![0u8; PART];
                let n = fsutil::read_full(&mut f, &mut buf)
                    .map_err(|e| Error::io(doing::reading(path), e))?;
                if n == 0 {
                    return Ok(());
                }
                buf.truncate(n);
                w.wait_for_capacity(IN_FLIGHT).await.map_err(|e| {
                    self.fail(
                        &crate::i18n::tr!("y-s3-writing", name = name.to_string()),
                        e,
                    )
                })?;
                w.put(Bytes::from(buf));
            }
        }
        .await;
        match res {
            Ok(()) => w.finish().await.map(|_| ()).map_err(|e| {
                self.fail(
                    &crate::i18n::tr!("y-s3-writing", name = name.to_string()),
                    e,
                )
            }),
            Err(e) => {
                let _ = w.abort().await;
                Err(e)
            }
        }
    }
}

/// A missing object (not a missing bucket, which S3 also answers with 404).
fn is_missing(e: &object_store::Error) -> bool {
    matches!(e, object_store::Error::NotFound { .. }) && !e.to_string().contains("NoSuchBucket")
}

/// Whether the request never got an answer (connection refused, timeout).
fn unreachable(e: &object_store::Error) -> bool {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = next {
        if let Some(h) = err.downcast_ref::<HttpError>() {
            return matches!(
                h.kind(),
                HttpErrorKind::Connect | HttpErrorKind::Timeout | HttpErrorKind::Interrupted
            );
        }
        next = err.source();
    }
    false
}

fn different(url: &str, name: &str) -> Error {
    Error::integrity(
        crate::i18n::tr!("v-s3-different-object", url = url, name = name),
        crate::i18n::tr!("v-remote-different-object-hint"),
    )
}

impl Store for S3 {
    fn get(&self, name: &str, max: u64) -> Result<Option<Vec<u8>>> {
        let key = self.key(name);
        self.rt.block_on(async {
            let got = match self.store.get(&key).await {
                Ok(g) => g,
                Err(e) if is_missing(&e) => return Ok(None),
                Err(e) => {
                    return Err(self.fail(
                        &crate::i18n::tr!("y-s3-reading", name = name.to_string()),
                        e,
                    ))
                }
            };
            let too_large = || {
                Error::integrity(
                    crate::i18n::tr!("v-s3-too-large", name = name, url = &self.url),
                    crate::i18n::tr!("v-s3-too-large-hint"),
                )
            };
            if got.meta.size > max {
                return Err(too_large());
            }
            let mut out = Vec::with_capacity(got.meta.size as usize);
            let mut stream = got.into_stream();
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(|e| {
                    self.fail(
                        &crate::i18n::tr!("y-s3-reading", name = name.to_string()),
                        e,
                    )
                })?;
                if (out.len() + chunk.len()) as u64 > max {
                    return Err(too_large());
                }
                out.extend_from_slice(&chunk);
            }
            Ok(Some(out))
        })
    }

    fn put_new(&self, name: &str, bytes: &[u8]) -> Result<()> {
        let key = self.key(name);
        self.rt.block_on(self.put_small(
            &key,
            name,
            &Local::Bytes(bytes),
            Bytes::copy_from_slice(bytes),
        ))
    }

    fn put_file(&self, name: &str, path: &Path) -> Result<()> {
        let key = self.key(name);
        let mut f = File::open(path).map_err(|e| Error::io(doing::reading(path), e))?;
        let len = f
            .metadata()
            .map_err(|e| Error::io(doing::reading(path), e))?
            .len();
        let local = Local::File(path);
        self.rt.block_on(async {
            if len <= PART as u64 {
                let mut buf = Vec::with_capacity(len as usize);
                f.read_to_end(&mut buf)
                    .map_err(|e| Error::io(doing::reading(path), e))?;
                self.put_small(&key, name, &local, Bytes::from(buf)).await
            } else {
                // Multipart uploads have no create-only mode: the look-up is the guard.
                if self.exists_same(&key, name, &local).await? {
                    return Ok(());
                }
                self.put_large(&key, name, f, path).await
            }
        })
    }

    fn get_file(&self, name: &str, path: &Path) -> Result<bool> {
        Ok(self
            .rt
            .block_on(self.fetch_max(name, path, u64::MAX, true))?
            == Fetched::Got)
    }

    fn get_file_max(&self, name: &str, path: &Path, max: u64) -> Result<Fetched> {
        self.rt.block_on(self.fetch_max(name, path, max, true))
    }

    /// Several at once: a small GET waits on the server's side (Garage
    /// sends headers and body in separate packets, and the client acks
    /// late), so fetching one after the other pays that wait per object.
    /// Unordered: a large object does not hold back the slots behind it.
    /// No fsync per file: with one thread for all transfers, each would
    /// stall every GET in flight (the caller syncs the batch once).
    fn get_files(&self, items: &[(String, PathBuf)]) -> Result<Vec<bool>> {
        let mut results: Vec<Option<Result<bool>>> = (0..items.len()).map(|_| None).collect();
        self.rt.block_on(
            futures_util::stream::iter(items.iter().enumerate())
                .map(|(i, (name, path))| async move {
                    let got = self.fetch_max(name, path, u64::MAX, false).await;
                    (i, got.map(|f| f == Fetched::Got))
                })
                .buffer_unordered(FETCH_AT_ONCE)
                .for_each(|(i, r)| {
                    results[i] = Some(r);
                    std::future::ready(())
                }),
        );
        let results: Vec<Result<bool>> = results
            .into_iter()
            .map(|r| r.expect("every item fetched once"))
            .collect();
        if results.iter().any(|r| r.is_err()) {
            for ((_, p), r) in items.iter().zip(&results) {
                if matches!(r, Ok(true)) {
                    let _ = std::fs::remove_file(p);
                }
            }
        }
        results.into_iter().collect()
    }

    fn list(&self, prefix: &str) -> Result<Vec<String>> {
        let key = match (self.prefix.is_empty(), prefix.is_empty()) {
            (true, true) => None,
            (false, true) => Some(Key::from(self.prefix.as_str())),
            _ => Some(self.key(prefix)),
        };
        let listed = self
            .rt
            .block_on(self.store.list_with_delimiter(key.as_ref()))
            .map_err(|e| {
                self.fail(
                    &crate::i18n::tr!("y-s3-listing", prefix = prefix.to_string()),
                    e,
                )
            })?;
        let mut out: Vec<String> = listed
            .objects
            .iter()
            .filter_map(|o| o.location.filename())
            .chain(listed.common_prefixes.iter().filter_map(|p| p.filename()))
            .filter(|n| is_safe_name(n))
            .map(str::to_string)
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }

    fn list_meta(&self, prefix: &str) -> Result<Vec<Listed>> {
        let key = self.key(prefix);
        let listed = self
            .rt
            .block_on(self.store.list_with_delimiter(Some(&key)))
            .map_err(|e| {
                self.fail(
                    &crate::i18n::tr!("y-s3-listing", prefix = prefix.to_string()),
                    e,
                )
            })?;
        let mut out: Vec<Listed> = listed
            .objects
            .iter()
            .filter_map(|o| {
                o.location.filename().map(|n| Listed {
                    name: n.to_string(),
                    size: o.size,
                    // Another one for other bytes (a single PUT's is their
                    // MD5; a multipart upload's differs even for the same).
                    marker: o.e_tag.clone(),
                })
            })
            .filter(|l| is_safe_name(&l.name))
            .collect();
        out.sort();
        out.dedup_by(|a, b| a.name == b.name);
        Ok(out)
    }

    fn delete(&self, name: &str) -> Result<()> {
        let key = self.key(name);
        match self.rt.block_on(self.store.delete(&key)) {
            Ok(()) => Ok(()),
            Err(e) if is_missing(&e) => Ok(()),
            Err(e) => Err(self.fail(
                &crate::i18n::tr!("y-s3-removing", name = name.to_string()),
                e,
            )),
        }
    }

    fn describe(&self) -> String {
        self.url.clone()
    }
}
