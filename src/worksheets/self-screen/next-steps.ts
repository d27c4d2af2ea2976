import steps from "../../../content/self-screen-next-steps.json";

// Which article and worksheet suit each area (see HelpWorksheet in
// ./instrument.ts). Apart from the instrument so the results page, which gets
// the instrument's words as page data, does not load them as JavaScript.

export const nextSteps = steps;

/** The worksheet every result suggests, besides those of the person's top areas. */
export const alwaysTry: string = steps.always;
