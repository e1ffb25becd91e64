//! Prompts on a real pseudo-terminal: the terminal prompter the CLI gives
//! the library asks for the unlock passphrase, a new passphrase (twice) and
//! a confirmation, with the same words as before it moved out of the
//! library; `--no-input` on a terminal still asks nothing.

mod common;
use common::*;

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// `carnet` running on a pseudo-terminal (stdin, stdout and stderr), its
/// output gathered by a thread.
struct OnPty {
    child: std::process::Child,
    master: std::fs::File,
    seen: Arc<Mutex<Vec<u8>>>,
}

impl OnPty {
    fn start(env: &Env, args: &[&str], envs: &[(&str, &str)]) -> OnPty {
        let (mut m, mut s) = (-1, -1);
        let size = libc::winsize {
            ws_row: 40,
            ws_col: 100,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: out-pointers to locals; no name or termios asked for.
        let rc = unsafe {
            libc::openpty(
                &mut m,
                &mut s,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: openpty gave us these two open descriptors to own.
        let (master, slave) = unsafe { (OwnedFd::from_raw_fd(m), OwnedFd::from_raw_fd(s)) };
        let mut cmd = env.std_cmd();
        cmd.env_remove("CARNET_NO_INPUT")
            .env_remove("CARNET_IDENTITY")
            .env("TERM", "xterm");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        cmd.args(args)
            .stdin(slave.try_clone().unwrap())
            .stdout(slave.try_clone().unwrap())
            .stderr(slave);
        let child = cmd.spawn().unwrap();
        // The child holds the only slave descriptors left (cmd is dropped
        // here): when it exits, reading the master ends.
        drop(cmd);
        let master = std::fs::File::from(master);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (mut reader, sink) = (master.try_clone().unwrap(), Arc::clone(&seen));
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Linux answers EIO once the slave side is closed.
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        OnPty {
            child,
            master,
            seen,
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.seen.lock().unwrap()).replace('\r', "")
    }

    /// Waits until the output holds `needle` `times` times.
    fn wait_for(&self, needle: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.text().matches(needle).count() < times {
            assert!(
                Instant::now() < deadline,
                "no {needle:?} on the terminal: {:?}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the terminal stops echoing (a passphrase is being
    /// read): input sent before would be flushed by that switch.
    fn wait_for_no_echo(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
            // SAFETY: a valid descriptor and an out-pointer to a local.
            let rc = unsafe { libc::tcgetattr(self.master.as_raw_fd(), t.as_mut_ptr()) };
            assert_eq!(rc, 0);
            // SAFETY: tcgetattr filled it.
            if unsafe { t.assume_init() }.c_lflag & libc::ECHO == 0 {
                return;
            }
            assert!(Instant::now() < deadline, "echo never turned off");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Answers a passphrase prompt showing `prompt` (its `nth` showing).
    fn type_secret(&mut self, prompt: &str, nth: usize, secret: &str) {
        self.wait_for(prompt, nth);
        self.wait_for_no_echo();
        self.master
            .write_all(format!("{secret}\n").as_bytes())
            .unwrap();
    }

    fn type_text(&mut self, prompt: &str, text: &str) {
        self.wait_for(prompt, 1);
        self.master.write_all(text.as_bytes()).unwrap();
    }

    /// The exit code and everything shown on the terminal.
    fn finish(mut self) -> (i32, String) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("carnet did not finish: {:?}", self.text());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        std::thread::sleep(Duration::from_millis(100));
        (status.code().unwrap_or(-1), self.text())
    }
}

/// A vault unlocked by a passphrase only.
fn passphrase_vault() -> Env {
    let env = Env::bare();
    let pass = env.write("pass.txt", b"correct horse battery\n");
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .args(["init", "--name", "Camille Martin", "--passphrase-file"])
        .arg(&pass)
        .assert()
        .success();
    env
}

#[test]
fn unlock_asks_for_the_passphrase_on_a_terminal() {
    let env = passphrase_vault();
    let label = format!("Passphrase for vault {}", env.vault.display());
    let mut t = OnPty::start(&env, &["status"], &[]);
    t.type_secret(&label, 1, "correct horse battery");
    let (code, shown) = t.finish();
    assert_eq!(code, 0, "{shown}");
    assert!(
        !shown.contains("correct horse"),
        "the passphrase was echoed: {shown}"
    );

    let mut t = OnPty::start(&env, &["status"], &[]);
    t.type_secret(&label, 1, "wrong horse");
    let (code, shown) = t.finish();
    assert_eq!(code, 3, "{shown}");
    assert!(
        shown.contains("error:") && shown.contains("hint:"),
        "{shown}"
    );
}

#[test]
fn no_input_on_a_terminal_asks_nothing() {
    let env = passphrase_vault();
    let t = OnPty::start(&env, &["--no-input", "status"], &[]);
    let (code, shown) = t.finish();
    assert_eq!(code, 3, "{shown}");
    assert!(!shown.contains("Passphrase for"), "{shown}");
    assert!(shown.contains("no way to unlock the vault"), "{shown}");
}

#[test]
fn init_asks_twice_for_a_new_passphrase() {
    let env = Env::bare();
    let mut t = OnPty::start(&env, &["init", "--name", "Camille Martin"], &[]);
    t.type_secret("New passphrase", 1, "deux mots");
    t.type_secret("Repeat the passphrase", 1, "deux mots");
    let (code, shown) = t.finish();
    assert_eq!(code, 0, "{shown}");
    // The passphrase typed twice opens the vault.
    let pass = env.write("pass.txt", b"deux mots\n");
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .arg("--passphrase-file")
        .arg(&pass)
        .arg("status")
        .assert()
        .success();
}

#[test]
fn rm_asks_for_confirmation() {
    let env = Env::new();
    let id = env.add("a.txt", b"a", &["--title", "Ordonnance"]);
    let identity = env.identity.to_str().unwrap().to_string();
    let question = format!("Delete {id} (Ordonnance)?");

    let mut t = OnPty::start(&env, &["rm", &id], &[("CARNET_IDENTITY", &identity)]);
    t.type_text(&question, "n");
    let (code, shown) = t.finish();
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("nothing deleted"), "{shown}");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 1);

    let mut t = OnPty::start(&env, &["rm", &id], &[("CARNET_IDENTITY", &identity)]);
    t.type_text(&question, "y");
    let (code, shown) = t.finish();
    assert_eq!(code, 0, "{shown}");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
}

#[test]
fn an_encrypted_identity_file_asks_for_its_passphrase() {
    let env = Env::new();
    // An `age -p` identity file holding the vault's identity.
    let secret = std::fs::read(&env.identity).unwrap();
    let mut r = age::scrypt::Recipient::new(age::secrecy::SecretString::from("idpass".to_string()));
    r.set_work_factor(10);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut sealed = Vec::new();
    let mut w = enc.wrap_output(&mut sealed).unwrap();
    w.write_all(&secret).unwrap();
    w.finish().unwrap();
    let p = env.write("identity.age", &sealed);
    let p = p.to_str().unwrap();

    // age's own prompt, asked through the terminal prompter.
    let mut t = OnPty::start(&env, &["--identity", p, "status"], &[]);
    t.type_secret("Type passphrase for encrypted identity", 1, "idpass");
    let (code, shown) = t.finish();
    assert_eq!(code, 0, "{shown}");

    let mut t = OnPty::start(&env, &["--identity", p, "status"], &[]);
    t.type_secret("Type passphrase for encrypted identity", 1, "not it");
    let (code, shown) = t.finish();
    assert_eq!(code, 3, "{shown}");
    assert!(shown.contains("wrong passphrase"), "{shown}");
}
