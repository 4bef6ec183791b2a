/**
 * Evaluation. In: a gold and a predicted JSON Lines file of events. Out: precision, recall and
 * F1 overall and per type, one-to-one matching by doc, event class and location, and the accuracy
 * of sub-type, actors, date and fatalities on matched pairs (docs/DESIGN.md, "Evaluation").
 */
package org.rasid.eval;
