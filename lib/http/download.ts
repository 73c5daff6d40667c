// The one way to name a download. A file name often comes from a record's
// title or an uploaded file, so it is attacker-chosen: in a quoted-string a `"`
// or `;` would end the parameter and let the title add its own `filename*=`.
// RFC 6266: an ASCII fallback with every character that could end or escape
// the quoted string replaced, then the real name RFC 5987-encoded.

// Control characters and bidirectional overrides (a name that displays as
// "report‮xslx.exe" is an .exe) never reach a header or a file system.
const INVISIBLE = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * and ! which the ABNF does not all allow. */
const encodeRfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function contentDisposition(filename: string, type: "attachment" | "inline" = "attachment"): string {
  const name = filename.replace(INVISIBLE, "").trim() || "download";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;%]/g, "_");
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
