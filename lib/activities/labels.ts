// Labels and the attachment rules of activity records (工作台账).
export const ACTIVITY_SORTS = ["-heldOn", "heldOn", "-participants", "-amountSpent", "-createdAt"] as const;

/** 10 MB per file: scans of sign-in sheets and photos, not videos. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * Allowed attachment types by extension. The stored MIME type comes from this
 * table, never from the client, and the content's leading bytes must match.
 */
export const ATTACHMENT_TYPES: Record<string, { mime: string; magic: "pdf" | "zip" | "ole" | "png" | "jpeg" | "gif" | "webp" | "text" }> = {
  pdf: { mime: "application/pdf", magic: "pdf" },
  doc: { mime: "application/msword", magic: "ole" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: "zip" },
  xls: { mime: "application/vnd.ms-excel", magic: "ole" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: "zip" },
  ppt: { mime: "application/vnd.ms-powerpoint", magic: "ole" },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: "zip" },
  txt: { mime: "text/plain; charset=utf-8", magic: "text" },
  csv: { mime: "text/csv; charset=utf-8", magic: "text" },
  jpg: { mime: "image/jpeg", magic: "jpeg" },
  jpeg: { mime: "image/jpeg", magic: "jpeg" },
  png: { mime: "image/png", magic: "png" },
  gif: { mime: "image/gif", magic: "gif" },
  webp: { mime: "image/webp", magic: "webp" },
};
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((e) => `.${e}`)
  .join(",");
export const ATTACHMENT_HINT = "支持 PDF、Word、Excel、PowerPoint、文本和图片（JPG、PNG、GIF、WebP），单个文件不超过 10 MB";

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.ceil(n / 1024)} KB` : `${n} B`);
