/**
 * Findings (temuan) of consistency checks: a rule id, a severity, a location in domain words, the
 * printed and recomputed values with their difference, and an explanation. The lowest layer of the
 * checks: domain packages return findings, the audit of a whole report collects them.
 */
package id.sakip.temuan;
