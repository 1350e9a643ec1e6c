-- Reserved contracts (LOU 4 kap. 18 §): a company may opt in to show whether at least 30 % of
-- its employees are persons with disabilities or disadvantaged persons. The figure it rests on
-- is a count per gender in the quarterly employment report; null in reports that do not state
-- it (every report written before it existed), so an old report never passes for a zero.
ALTER TABLE company ADD COLUMN reserved_contract_opt_in BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE employment_report ADD COLUMN disadvantaged_women INT;
ALTER TABLE employment_report ADD COLUMN disadvantaged_men INT;
ALTER TABLE employment_report ADD COLUMN disadvantaged_other INT;
ALTER TABLE employment_report ADD CONSTRAINT ck_employment_report_disadvantaged CHECK (
    (disadvantaged_women IS NULL AND disadvantaged_men IS NULL AND disadvantaged_other IS NULL)
    OR (disadvantaged_women BETWEEN 0 AND employees_women AND disadvantaged_men BETWEEN 0 AND employees_men
        AND disadvantaged_other BETWEEN 0 AND employees_other));
