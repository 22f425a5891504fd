/** A partner's facts as plain values: what the store keeps and what a scenario file holds. */
package org.tierdesk.engine.facts;
