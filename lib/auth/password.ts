import bcrypt from "bcryptjs";

const COST = 10;

export const hashPassword = (pw: string) => bcrypt.hash(pw, COST);
export const verifyPassword = (pw: string, hash: string) => bcrypt.compare(pw, hash);

// Compared against when the username does not exist, so a wrong username
// costs the same time as a wrong password and timing does not reveal accounts.
let dummy: string | null = null;
export const dummyHash = () => (dummy ??= bcrypt.hashSync("no-such-account", COST));
