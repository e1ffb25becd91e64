// carnet's self-decrypting bundle page (src/bundle/html.rs inlines it, with
// its SHA-256 in the page's Content-Security-Policy).
//
// Decrypts the age payload with the passphrase (age-encryption, inlined
// before this script as `carnetAge`), then checks everything before showing
// anything: the tar layer (regular files, allowed names, no repeats, zeros
// after the end), the Ed25519 signature of manifest.yaml by the key it names
// (and that key's fingerprint), and every member's size and SHA-256 against
// the manifest. Only then is the French index (index.html's JSON data block)
// shown, built with textContent (titles are untrusted). Documents are shown
// only for PDF, PNG, JPEG and plain text, in an iframe sandboxed without
// scripts; anything else can only be saved.
"use strict";
(function () {
  var MANIFEST_VERSION = __MANIFEST_VERSION__;
  var VIEWABLE = ["application/pdf", "image/png", "image/jpeg", "text/plain"];
  var TOP = ["manifest.yaml", "manifest.sig", "fhir/bundle.json", "fhir/patient-summary.json", "LISEZMOI.txt", "index.html"];
  var MSG_WRONG = "Phrase secrète incorrecte. Vérifiez-la auprès du patient (les mots dans l'ordre, séparés par des espaces) et réessayez.";
  var MSG_DAMAGED = "Ce fichier est endommagé ou a été modifié : son contenu ne peut pas être vérifié, rien n'en est affiché. Demandez au patient un nouvel envoi.";
  var MSG_EMPTY = "Saisissez la phrase secrète que le patient vous a communiquée.";
  var MSG_BROWSER = "Ce navigateur ne peut pas ouvrir ce dossier : utilisez une version récente de Firefox, Chrome, Edge ou Safari.";

  function $(id) { return document.getElementById(id); }
  function Damaged(what) { this.what = what; }
  function damaged(what) { throw new Damaged(what); }

  var form = $("unlock"), pass = $("pass"), statusEl = $("status"), errorEl = $("error");
  var busy = false;
  var urls = [];

  function showError(msg) {
    statusEl.textContent = "";
    errorEl.textContent = msg;
    errorEl.hidden = false;
  }

  function normalized(p) {
    return p.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim().replace(/\s+/g, " ");
  }

  // null: the passphrase does not open it.
  async function decrypt(passphrase, ct) {
    var d = new carnetAge.Decrypter();
    d.addPassphrase(passphrase);
    try {
      return await d.decrypt(ct);
    } catch (e) {
      var m = String(e && e.message);
      if (m.indexOf("no identity matched") >= 0) return null;
      damaged("age: " + m);
    }
  }

  function ascii(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return s;
  }

  // A NUL-terminated header field.
  function field(h, at, len) {
    var end = at;
    while (end < at + len && h[end] !== 0) end++;
    return ascii(h.subarray(at, end));
  }

  function validPath(p) {
    if (TOP.indexOf(p) >= 0) return true;
    if (p.indexOf("documents/") !== 0) return false;
    var n = p.slice("documents/".length);
    return n.length > 0 && n.length <= 200 && n[0] !== "." && /^[A-Za-z0-9._-]+$/.test(n);
  }

  function octal(h, at, len, what) {
    var s = field(h, at, len).replace(/^ +| +$/g, "");
    if (!/^[0-7]+$/.test(s)) damaged("tar: " + what);
    var v = parseInt(s, 8);
    if (!Number.isSafeInteger(v)) damaged("tar: " + what);
    return v;
  }

  // The strict reader of docs/bundle-format.md's tar rules.
  function untar(buf) {
    var out = new Map();
    var order = [];
    var off = 0;
    for (;;) {
      if (off + 512 > buf.length) damaged("tar: truncated");
      var h = buf.subarray(off, off + 512);
      if (h.every(function (b) { return b === 0; })) {
        if (off + 1024 > buf.length) damaged("tar: no end marker");
        for (var i = off; i < buf.length; i++) if (buf[i] !== 0) damaged("tar: data after the end");
        return { members: out, order: order };
      }
      var sum = 0;
      for (var j = 0; j < 512; j++) sum += (j >= 148 && j < 156) ? 32 : h[j];
      if (octal(h, 148, 8, "checksum") !== sum) damaged("tar: checksum");
      var magic = ascii(h.subarray(257, 265));
      if (magic !== "ustar\u000000" && magic !== "ustar  \u0000") damaged("tar: magic");
      if (h[156] !== 0x30 && h[156] !== 0) damaged("tar: not a regular file");
      if (h[124] & 0x80) damaged("tar: member too large for a web page");
      var name = field(h, 0, 100);
      var prefix = field(h, 345, 155);
      if (prefix) name = prefix + "/" + name;
      if (!validPath(name)) damaged("tar: path");
      if (out.has(name)) damaged("tar: twice");
      var size = octal(h, 124, 12, "size");
      var start = off + 512;
      if (start + size > buf.length) damaged("tar: truncated member");
      out.set(name, buf.subarray(start, start + size));
      order.push(name);
      off = start + Math.ceil(size / 512) * 512;
    }
  }

  var utf8 = new TextDecoder("utf-8", { fatal: true });
  function text(bytes) {
    try { return utf8.decode(bytes); } catch (e) { damaged("not UTF-8"); }
  }

  function unquote(v) {
    var m = /^'(.*)'$/.exec(v) || /^"(.*)"$/.exec(v);
    return m ? m[1] : v;
  }

  // What the page needs from manifest.yaml: format, version, signer and the
  // members (JSON manifests are read as JSON).
  function parseManifest(s) {
    var body = s.split("\n").filter(function (l) { return l.charAt(0) !== "#"; }).join("\n").trim();
    var m;
    if (body.charAt(0) === "{") {
      var j;
      try { j = JSON.parse(body); } catch (e) { damaged("manifest JSON"); }
      if (!j || !j.signer || !Array.isArray(j.members)) damaged("manifest");
      m = { format: j.format, version: j.version, key: j.signer.public_key, fingerprint: j.signer.fingerprint,
            members: j.members.map(function (x) { return { path: x.path, size: x.size, sha256: x.sha256 }; }) };
    } else {
      var lines = s.split("\n");
      var top = function (k) {
        var l = lines.filter(function (x) { return x.indexOf(k + ": ") === 0; });
        if (l.length !== 1) damaged("manifest: " + k);
        return unquote(l[0].slice(k.length + 2));
      };
      var sub = function (block, k) {
        var i = lines.indexOf(block + ":");
        if (i < 0) damaged("manifest: " + block);
        for (i++; i < lines.length && lines[i].indexOf("  ") === 0; i++) {
          if (lines[i].indexOf("  " + k + ": ") === 0) return unquote(lines[i].slice(k.length + 4));
        }
        damaged("manifest: " + block + "." + k);
      };
      m = { format: top("format"), version: Number(top("version")), key: sub("signer", "public_key"),
            fingerprint: sub("signer", "fingerprint"), members: [] };
      var at = lines.indexOf("members:");
      if (at < 0 || lines.indexOf("members:", at + 1) >= 0) damaged("manifest: members");
      var cur = null;
      for (var i = at + 1; i < lines.length; i++) {
        var l = lines[i];
        var r;
        if ((r = /^- path: (.+)$/.exec(l))) { cur = { path: unquote(r[1]) }; m.members.push(cur); }
        else if (cur && (r = /^  size: (\d+)$/.exec(l))) cur.size = Number(r[1]);
        else if (cur && (r = /^  sha256: (.+)$/.exec(l))) cur.sha256 = unquote(r[1]);
        else if (l === "") continue;
        else break;
      }
    }
    if (m.format !== "carnet-bundle" || m.version !== MANIFEST_VERSION) damaged("manifest: format or version");
    m.members.forEach(function (x) {
      if (typeof x.path !== "string" || !validPath(x.path) || x.path === "manifest.yaml" || x.path === "manifest.sig" ||
          !Number.isSafeInteger(x.size) || !/^[0-9a-f]{64}$/.test(String(x.sha256))) damaged("manifest: member");
    });
    return m;
  }

  function b64(s) {
    if (typeof s !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) damaged("base64");
    var bin;
    try { bin = atob(s); } catch (e) { damaged("base64"); }
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  function toB64(bytes) { return btoa(ascii(bytes)); }

  function hex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }

  async function sha256(bytes) {
    if (window.crypto && crypto.subtle) {
      try { return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)); } catch (e) { /* below */ }
    }
    return carnetAge.sha256(bytes);
  }

  async function verify(tar) {
    var mb = tar.members.get("manifest.yaml"), sb = tar.members.get("manifest.sig");
    if (!mb || !sb) damaged("no manifest or signature");
    var m = parseManifest(text(mb));
    var key = b64(m.key);
    var sig = b64(text(sb).trim());
    if (key.length !== 32 || sig.length !== 64) damaged("key or signature length");
    var fp = "SHA256:" + toB64(await sha256(key)).replace(/=+$/, "");
    if (fp !== m.fingerprint) damaged("fingerprint");
    var ok = false;
    try { ok = carnetAge.ed25519.verify(sig, mb, key, { zip215: false }); } catch (e) { ok = false; }
    if (!ok) damaged("signature");
    var listed = new Set();
    for (var i = 0; i < m.members.length; i++) {
      var x = m.members[i];
      if (listed.has(x.path)) damaged("listed twice");
      listed.add(x.path);
      var data = tar.members.get(x.path);
      if (!data || data.length !== x.size) damaged("member size: " + x.path);
      if (hex(await sha256(data)) !== x.sha256) damaged("member hash: " + x.path);
    }
    tar.order.forEach(function (p) {
      if (p !== "manifest.yaml" && p !== "manifest.sig" && !listed.has(p)) damaged("unlisted member");
    });
    var index = tar.members.get("index.html");
    if (!index) damaged("no index.html");
    var h = text(index);
    // Spelt in pieces: this code sits inside a script element itself.
    var start = "<" + 'script type="application/json" id="carnet-index">';
    var from = h.indexOf(start);
    if (from < 0) damaged("no index data");
    from += start.length;
    var to = h.indexOf("<\/script>", from);
    if (to < 0) damaged("no index data");
    var summary;
    try { summary = JSON.parse(h.slice(from, to)); } catch (e) { damaged("index data"); }
    if (!summary || !Array.isArray(summary.documents)) damaged("index data");
    summary.documents.forEach(function (d) {
      if (typeof d.path !== "string" || d.path.indexOf("documents/") !== 0 || !listed.has(d.path)) damaged("index path");
    });
    summary.signer = fp;
    return summary;
  }

  function el(tag, txt, cls) {
    var e = document.createElement(tag);
    if (txt !== undefined) e.textContent = txt;
    if (cls) e.className = cls;
    return e;
  }

  function dateFr(ymd) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(ymd));
    return m ? m[3] + "/" + m[2] + "/" + m[1] : String(ymd);
  }

  function sizeFr(n) {
    if (n < 1024) return n + " octets";
    var u = ["Ko", "Mo", "Go", "To"], v = n / 1024, i = 0;
    while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
    return (v < 10 ? v.toFixed(1).replace(".", ",") : Math.round(v)) + " " + u[i];
  }

  function blobUrl(bytes, type) {
    var u = URL.createObjectURL(new Blob([bytes], { type: type }));
    urls.push(u);
    return u;
  }

  function save(d, bytes) {
    var a = document.createElement("a");
    // Saved as bytes, never opened by the browser.
    a.href = blobUrl(bytes, "application/octet-stream");
    a.download = d.path.slice("documents/".length);
    a.rel = "noopener";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function view(d, bytes) {
    var type = String(d.media_type);
    if (VIEWABLE.indexOf(type) < 0) return;
    var frame = $("frame");
    $("viewer-title").textContent = d.title + " — " + dateFr(d.date);
    // Chromium's PDF viewer refuses frames sandboxed without scripts.
    $("viewer-note").textContent = type === "application/pdf"
      ? "Si le PDF ne s'affiche pas (certains navigateurs refusent les PDF dans un cadre protégé), utilisez « Enregistrer » puis ouvrez-le avec votre lecteur PDF."
      : "";
    frame.src = blobUrl(bytes, type === "text/plain" ? "text/plain;charset=utf-8" : type);
    $("viewer").hidden = false;
    $("viewer").scrollIntoView();
  }

  function show(summary, tar) {
    var info = $("info");
    var rows = [
      ["Patient", summary.patient],
      ["Destinataire", summary.recipient],
      ["Motif", summary.purpose + " — " + summary.why],
      ["Préparé le", summary.created]
    ];
    if (summary.expires) rows.push(["À utiliser jusqu'au", summary.expires + " (indicatif : rien ne l'impose une fois ouvert)"]);
    rows.push(["Signature", "vérifiée : le contenu n'a pas été modifié depuis sa signature par la clé " + summary.signer +
      ". Pour savoir qui l'a signé, comparez cette empreinte à celle que le patient vous donne (commande « carnet status »)."]);
    rows.forEach(function (r) { info.appendChild(el("dt", r[0])); info.appendChild(el("dd", String(r[1]))); });
    $("count").textContent = "(" + summary.documents.length + ")";
    var tbody = $("docs");
    summary.documents.forEach(function (d) {
      var bytes = tar.members.get(d.path);
      var tr = el("tr");
      tr.appendChild(el("td", dateFr(d.date)));
      tr.appendChild(el("td", String(d.type_label)));
      tr.appendChild(el("td", String(d.title), "title"));
      tr.appendChild(el("td", String(d.author)));
      tr.appendChild(el("td", (d.flags || []).join(" ; "), "flag"));
      var act = el("td");
      if (VIEWABLE.indexOf(String(d.media_type)) >= 0) {
        var b = el("button", "Afficher", "view");
        b.type = "button";
        b.addEventListener("click", function () { view(d, bytes); });
        act.appendChild(b);
      } else {
        act.appendChild(el("span", "non affiché (" + d.media_type + ") : enregistrez-le et ouvrez-le avec un logiciel adapté", "note"));
      }
      var s = el("button", "Enregistrer", "save");
      s.type = "button";
      s.addEventListener("click", function () { save(d, bytes); });
      act.appendChild(s);
      act.appendChild(el("span", sizeFr(bytes.length), "size"));
      tr.appendChild(act);
      tbody.appendChild(tr);
    });
    form.hidden = true;
    $("intro").hidden = true;
    $("index").hidden = false;
  }

  async function open(event) {
    event.preventDefault();
    if (busy) return;
    errorEl.hidden = true;
    var p = pass.value;
    if (p.trim() === "") { showError(MSG_EMPTY); return; }
    if (!window.carnetAge || !window.TextDecoder || !window.Map) { showError(MSG_BROWSER); return; }
    busy = true;
    statusEl.textContent = "Déchiffrement et vérification…";
    var t0 = performance.now();
    try {
      var ct;
      try { ct = carnetAge.armor.decode($("payload").textContent); } catch (e) { damaged("armor"); }
      var plain = await decrypt(p, ct);
      if (plain === null && normalized(p) !== p) plain = await decrypt(normalized(p), ct);
      if (plain === null) { showError(MSG_WRONG); pass.select(); return; }
      var tar = untar(plain);
      var summary = await verify(tar);
      pass.value = "";
      show(summary, tar);
      statusEl.textContent = "";
      document.body.setAttribute("data-opened-ms", String(Math.round(performance.now() - t0)));
    } catch (e) {
      if (e instanceof Damaged) {
        form.hidden = true;
        showError(MSG_DAMAGED);
        document.body.setAttribute("data-damage", e.what);
      } else {
        showError(MSG_DAMAGED);
        document.body.setAttribute("data-damage", "unexpected: " + String(e && e.message));
      }
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", open);
  $("close").addEventListener("click", function () {
    $("frame").removeAttribute("src");
    $("viewer").hidden = true;
  });
  window.addEventListener("pagehide", function () { urls.forEach(function (u) { URL.revokeObjectURL(u); }); });
  pass.focus();
})();
