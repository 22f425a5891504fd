/** Where a partner stands: the engine's result records, read by screens, reports and the command line. */
package org.tierdesk.engine.standing;
