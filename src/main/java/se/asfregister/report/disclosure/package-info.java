/**
 * The disclosure rule set (docs/reporting.md, "Disclosure control"), written once and applied to
 * every public figure: primary rules for a single cell ({@link se.asfregister.report.disclosure.PrimaryRules}),
 * and secondary suppression over every additive relation between the cells of a year
 * ({@link se.asfregister.report.disclosure.Protection}). Pure: no database, no HTTP.
 */
package se.asfregister.report.disclosure;
