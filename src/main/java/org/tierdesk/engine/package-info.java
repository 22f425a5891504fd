/**
 * Pure functions over a partner's facts: measures, standing (held and qualified tiers, requirement progress,
 * gaps), points, rewards with bonuses and caps, accumulation, what-if. No I/O, no database, no JavaFX.
 */
package org.tierdesk.engine;
