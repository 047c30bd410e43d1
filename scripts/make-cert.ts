/**
 * Makes a self-signed certificate for the dev server (https://localhost:3000) in .certs/, or keeps the one there
 * while it is valid for at least another week. No admin rights needed; Office accepts the page once the
 * certificate is trusted (see docs/deploy.md) — Excel on the web also accepts it after the browser was told to
 * trust https://localhost:3000 once.
 *
 *   node lib/scripts/make-cert.js [--force]      (npm start runs it after `npm run build:scripts`)
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as selfsigned from "selfsigned";
import { ROOT } from "./paths";

const DIR = path.join(ROOT, ".certs");
const KEY = path.join(DIR, "localhost.key");
const CERT = path.join(DIR, "localhost.crt");
const WEEK = 7 * 24 * 3600 * 1000;

function current(): crypto.X509Certificate | undefined {
  if (!fs.existsSync(KEY) || !fs.existsSync(CERT)) return undefined;
  try {
    const x509 = new crypto.X509Certificate(fs.readFileSync(CERT));
    const key = crypto.createPrivateKey(fs.readFileSync(KEY));
    if (!x509.checkPrivateKey(key)) return undefined;
    if (new Date(x509.validTo).getTime() - Date.now() < WEEK) return undefined;
    if (!x509.checkHost("localhost")) return undefined;
    return x509;
  } catch {
    return undefined;
  }
}

function make(): crypto.X509Certificate {
  const pems = selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    days: 365,
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  fs.mkdirSync(DIR, { recursive: true });
  fs.writeFileSync(KEY, pems.private, { mode: 0o600 });
  fs.writeFileSync(CERT, pems.cert);
  return new crypto.X509Certificate(pems.cert);
}

const force = process.argv.includes("--force");
const existing = force ? undefined : current();
const cert = existing ?? make();
const rel = (p: string): string => path.relative(process.cwd(), p);
console.log(
  `${existing ? "Using" : "Made"} dev certificate ${rel(CERT)} (key ${rel(KEY)}), valid until ${cert.validTo}, ` +
    `SHA-256 ${cert.fingerprint256}.`,
);
if (!existing) {
  console.log('Trust it once so Office loads https://localhost:3000 (see docs/deploy.md, "Chạy thử / Development").');
}
