/**
 * Merging. In: event records of many stories and outlets. Out: one record per real-world event,
 * with every source kept (doc, outlet, published) and every source's claims (fatalities min/max,
 * who said what).
 */
package org.rasid.merge;
