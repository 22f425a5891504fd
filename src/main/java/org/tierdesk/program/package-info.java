/**
 * Partner programs as an immutable model: tiers, requirements, rewards, bonuses, points rules, accumulation,
 * downgrade rules. Program files (YAML) are read into this model and validated here; nothing in this package
 * knows about partners' facts.
 */
package org.tierdesk.program;
