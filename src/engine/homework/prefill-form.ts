import type { FunctionComponent } from "preact";

/** The builder's raw form values for a pre-fill, by field name. */
export type Raw = Record<string, string>;

/**
 * One worksheet's pre-fill part of the homework builder: the fields (shown as
 * step 3) and how their values become the link's `prefill`. Field names only
 * need to be unique within the worksheet.
 */
export interface PrefillForm {
  Fields: FunctionComponent<{ raw: Raw; set: (name: string, value: string) => void }>;
  /** The link's prefill from the raw values, or undefined when there is none. */
  toPrefill: (raw: Raw) => Record<string, unknown> | undefined;
}
