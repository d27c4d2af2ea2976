/**
 * The history.state key under which the questions page hands a result it
 * could not save to the results page in the same tab. A link cannot set
 * history state, so a result shown this way was made on this device.
 */
export const handoverKey = "goodenough:self-screen-result";
