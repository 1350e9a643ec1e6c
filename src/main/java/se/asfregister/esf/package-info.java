/**
 * ESF+ participant reports (docs/esf.md): per company and quarter, aggregated counts in the
 * categories of the ESF+ common indicators (Regulation (EU) 2021/1057, Annex I), the rules by
 * which they add up, their bulk import, and the public ESF report summed over a county or a project.
 */
package se.asfregister.esf;
