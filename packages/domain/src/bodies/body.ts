import { z } from "zod";

/** CBS code of a municipality, e.g. `GM1640` (Leudal). */
export const MunicipalityCode = z.string().regex(/^GM\d{4}$/, "a CBS municipality code looks like GM1640");
/** CBS code of a province, e.g. `PV31` (Limburg). */
export const ProvinceCode = z.string().regex(/^PV\d{2}$/, "a CBS province code looks like PV31");
/** CBS code of any body: a municipality or a province. */
export const BodyCode = z.union([MunicipalityCode, ProvinceCode]);
/** A CBS code of a municipality or province. */
export type BodyCode = z.infer<typeof BodyCode>;

/** The two kinds of public body the team works with. */
export const BodyKind = z.enum(["municipality", "province"]);
/** `municipality` (gemeente) or `province` (provincie). */
export type BodyKind = z.infer<typeof BodyKind>;

/** A gemeente: belongs to exactly one province. */
export const Municipality = z.object({
  kind: z.literal("municipality"),
  code: MunicipalityCode,
  name: z.string().min(1),
  provinceCode: ProvinceCode,
  provinceName: z.string().min(1),
});
/** A gemeente with its CBS code and province. */
export type Municipality = z.infer<typeof Municipality>;

/** A provincie: its own province, so filters "in Limburg" include it. */
export const Province = z.object({
  kind: z.literal("province"),
  code: ProvinceCode,
  name: z.string().min(1),
  provinceCode: ProvinceCode,
  provinceName: z.string().min(1),
  capital: z.string().min(1),
});
/** A provincie with its CBS code and capital. */
export type Province = z.infer<typeof Province>;

/** A body (bestuursorgaan) the team supports: a municipality or a province. */
export const Body = z.discriminatedUnion("kind", [Municipality, Province]);
/** A municipality or a province, discriminated by `kind`. */
export type Body = z.infer<typeof Body>;
