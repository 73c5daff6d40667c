/**
 * "138****5678": the network prefix and the last four digits, as Chinese
 * services show a number to anyone but its owner. Lists, searches and the
 * list-format export show this; the full number is on the member's own record
 * and in the audited import-format export.
 */
export function maskPhone(phone: string): string {
  return phone.length < 8 ? "*".repeat(phone.length) : phone.slice(0, 3) + "*".repeat(phone.length - 7) + phone.slice(-4);
}
