// `self-assess keygen --out unit-key.pem`: a unit's signing key pair (DECISIONS D12). The private
// key is written for the unit to keep (mode 0600, never overwritten without --force); the public
// key is printed for the ministry's roster ("Khóa công khai" column).
import { resolve } from "node:path";
import type { Command } from "./types";
import { parseCommandArgs, requireOption } from "../args";
import { EXIT } from "../io";
import { generateUnitKeys } from "../../domain/signature";
import { claimOutputs } from "../ministry/outputs";
import { rmSync, writeFileSync } from "node:fs";

const OPTIONS = { out: { type: "string" }, force: { type: "boolean" } } as const;

export const keygenCommand: Command = {
  name: "keygen",
  summary: {
    vi: "tạo cặp khóa ký của đơn vị (khóa riêng giữ lại, khóa công khai gửi Bộ)",
    en: "make a unit's signing key pair (the private key to keep, the public key for the ministry)",
  },
  help: {
    vi: `self-assess keygen --out KHOA-DON-VI.pem [--force]

  Tạo khóa ECDSA P-256. Khóa riêng ghi vào --out (chỉ người chạy đọc được); giữ kín và dùng với
  self-assess export --sign-key. Khóa công khai được in ra: gửi Bộ để ghi vào cột "Khóa công khai"
  của danh sách đơn vị; khi đó mọi bản nộp của đơn vị phải có chữ ký khớp.`,
    en: `self-assess keygen --out UNIT-KEY.pem [--force]

  Makes an ECDSA P-256 key pair. The private key goes to --out (readable by its owner only); keep it
  secret and use it with self-assess export --sign-key. The public key is printed: send it to the
  ministry for the roster's "Public key" column; from then on every submission of the unit must carry
  a signature that matches.`,
  },
  async run(argv, io) {
    const { values } = parseCommandArgs("keygen", argv, OPTIONS);
    const out = resolve(io.cwd, requireOption("keygen", "out", values.out, "unit-key.pem"));
    const claim = claimOutputs([{ path: out, option: "--out" }], [], values.force === true);
    try {
      const { privatePem, publicKey } = await generateUnitKeys();
      // Created with mode 0600 from the start: a private key is never readable by others, even briefly.
      rmSync(out, { force: true });
      writeFileSync(out, privatePem, { mode: 0o600, flag: "wx" });
      io.err(`Khóa riêng / Private key: ${out}`);
      io.err(
        'Khóa công khai (gửi Bộ, cột "Khóa công khai") / Public key (for the roster\'s "Public key" column):',
      );
      io.out(publicKey);
      return EXIT.ok;
    } finally {
      claim.release();
    }
  },
};
