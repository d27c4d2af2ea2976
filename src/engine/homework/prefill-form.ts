import type { FunctionComponent } from "preact";
import type { Words } from "../core/words";

/** The builder's raw form values for a pre-fill, by field name. */
export type Raw = Record<string, string>;

/** A choice the page hands a worksheet's fields, e.g. a ready experiment. */
export interface Choice {
  id: string;
  title: string;
}

export interface FieldsProps {
  raw: Raw;
  set: (name: string, value: string) => void;
  /** The worksheet's `homework…` words. */
  words: Words;
  locale: string;
  /** From the worksheet's prefill.ts `builderChoices()`, read on the server. */
  choices: Choice[];
}

/**
 * One worksheet's pre-fill part of the homework builder, the default export
 * of its src/worksheets/<slug>/PrefillForm.tsx: the fields (shown as step 3)
 * and how their values become the link's `prefill`. Field names only need to
 * be unique within the worksheet.
 */
export interface PrefillForm {
  Fields: FunctionComponent<FieldsProps>;
  /** The link's prefill from the raw values, or undefined when there is none. */
  toPrefill: (raw: Raw) => unknown;
}
