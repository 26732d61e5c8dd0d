import { z } from 'zod';

/** `?name=` of an upload: a file name, not a path. */
export const uploadQuery = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(200)
    // No path separators, not `.` or `..`; control characters are refused below.
    .regex(/^(?!\.{1,2}$)[^/\\]+$/)
    .refine((name) => ![...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f), {
      message: 'control character',
    })
    .meta({ description: 'The file name as the uploader sees it, e.g. 营业执照.pdf', examples: ['营业执照.pdf'] }),
});

export const attachmentParams = z.strictObject({
  id: z
    .string()
    .regex(/^att-[a-f0-9]{32}$/)
    .meta({ examples: ['att-0f3c9a7d2b1e4c5a8d6f7e901a2b3c4d'] }),
});
