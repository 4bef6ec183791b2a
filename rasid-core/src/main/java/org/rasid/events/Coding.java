package org.rasid.events;

/** The class an event is coded with: ACLED type and sub-type (null for verbal events) and CAMEO root. */
record Coding(String type, String sub, String cameo) {
}
