//! `carnet medical summary -o FILE`: the printable summary in French, a
//! PDF of one or two pages made in-process. It holds health data in clear
//! once written: the user chose where; the file is 0600 and written
//! atomically (never half a PDF).

use std::io::Write;

use serde_json::json;

use crate::cli::medical_args::MedicalSummaryArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::fsutil;
use crate::medical::summary::{self, Who};
use crate::timefmt;

pub fn run(ctx: &Ctx, a: &MedicalSummaryArgs) -> Result<()> {
    let stdout = a.output.as_os_str() == "-";
    if !stdout {
        fsutil::check_output_dir(&a.output)?;
        if a.output.exists() && !a.force {
            return Err(Error::usage(
                crate::i18n::tr!("m-file-exists", path = a.output.display().to_string()),
                crate::i18n::tr!("m-file-exists-hint"),
            ));
        }
    }
    let vault = ctx.unlock()?;
    let profile = vault.medical_profile(false)?;
    let holder = vault.holder_record()?;
    let today = timefmt::ymd(timefmt::now().date());
    let name = holder.name.unwrap_or_default();
    let who = Who {
        name: &name,
        birth_date: holder.birth_date.as_deref(),
        today: &today,
    };
    let (bytes, pages) = summary::pdf(&who, &profile.items);
    if stdout {
        std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| Error::io(crate::i18n::tr!("io-writing-pdf-stdout"), e))?;
        return Ok(());
    }
    fsutil::write_atomic(&a.output, &bytes)?;
    ctx.out.done(
        &json!({ "output": a.output, "pages": pages, "size": bytes.len() }),
        || {
            crate::i18n::tr!(
                "m-summary-done",
                label = ctx.label(),
                path = a.output.display().to_string(),
                pages = pages
            )
        },
    );
    Ok(())
}
