// What a new password must be, for staff and members alike, wherever one is
// set (activation, bootstrap, any future change or reset). Pure, so the
// activation form checks the same rules in the browser as the server does.
// Existing passwords are not re-checked: the rules apply when one is set.

export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt ignores everything after 72 bytes. */
export const MAX_PASSWORD_LENGTH = 72;
export const PASSWORD_HINT = `至少${MIN_PASSWORD_LENGTH}位，须包含字母和数字，不能是常见密码、手机号或连续、重复的字符`;

// Words people build passwords from; a password whose letters are only one of
// these (whatever digits and symbols surround it) is refused.
const COMMON_WORDS = new Set([
  "password", "passwd", "pass", "pwd", "admin", "administrator", "root", "user", "test", "guest", "demo", "welcome",
  "login", "letmein", "iloveyou", "love", "hello", "qwerty", "qwertyuiop", "asdf", "asdfgh", "asdfghjkl", "zxcv",
  "zxcvbnm", "qaz", "wsx", "qazwsx", "abc", "abcd", "abcde", "abcdef", "aaa", "aa", "a", "qq", "woaini", "aini",
  "wangyi", "baidu", "taobao", "gonghui", "union", "jiangsu", "china", "zhongguo", "beijing", "nanjing", "huawei",
]);

// Keyboard rows and the columns people walk down (1qaz2wsx …).
const KEYBOARD_RUNS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];

/** Removes every run of 3+ consecutive characters (abc, 321, qwe, 2wsx …). */
function stripRuns(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    // Alphabetic or numeric order, up or down.
    const step = s.charCodeAt(i + 1) - s.charCodeAt(i);
    if (Math.abs(step) === 1) while (j < s.length && s.charCodeAt(j) - s.charCodeAt(j - 1) === step) j++;
    let len = j - i;
    // Along a keyboard row, either way.
    for (const row of KEYBOARD_RUNS) {
      for (const r of [row, [...row].reverse().join("")]) {
        let k = 0;
        const at = r.indexOf(s[i]);
        if (at < 0) continue;
        while (i + k < s.length && r[at + k] === s[i + k]) k++;
        len = Math.max(len, k);
      }
    }
    if (len >= 3) i += len;
    else out += s[i++];
  }
  return out;
}

/**
 * Why a password may not be used, in Chinese, or null if it may.
 * `personal`: the account's own identifiers (username, phone number, name).
 */
export function passwordProblem(pw: string, personal: Array<string | null | undefined> = []): string | null {
  if (pw.length < MIN_PASSWORD_LENGTH) return `密码至少${MIN_PASSWORD_LENGTH}位`;
  if (pw.length > MAX_PASSWORD_LENGTH) return `密码不能超过${MAX_PASSWORD_LENGTH}位`;
  if (!/[A-Za-z]/.test(pw) || !/\d/.test(pw)) return "密码须同时包含字母和数字";
  const lower = pw.toLowerCase();
  for (const p of personal) {
    const id = p?.trim().toLowerCase();
    if (id && id.length >= 4 && (lower.includes(id) || lower.includes([...id].reverse().join("")))) {
      return "密码不能包含用户名或手机号";
    }
  }
  // An 11-digit mobile number anywhere is someone's phone number.
  if (/1[3-9]\d{9}/.test(pw)) return "密码不能包含手机号";
  if (new Set(lower).size < 4) return "密码不能由少数几个字符重复组成";
  if (/^(.+?)\1+$/.test(lower)) return "密码不能是同一段字符的重复";
  if (stripRuns(lower).length < 4) return "密码不能主要由连续的字母、数字或键盘顺序组成（如 12345678、abcdef、qwerty）";
  const letters = lower.replace(/[^a-z]/g, "");
  if (COMMON_WORDS.has(letters) || COMMON_WORDS.has(stripRuns(letters))) return "密码过于常见，请换一个不易猜到的密码";
  return null;
}
