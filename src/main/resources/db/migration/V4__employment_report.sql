-- Quarterly employment reports (one per company and quarter). Headcounts are stock figures
-- at the end of the quarter, split women/men/other; transitions and revenue are flows
-- within the quarter. Period is kept as text ("2018-Q4", sorts chronologically) and as
-- year/quarter numbers for the annual aggregates.
CREATE SEQUENCE employment_report_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE employment_report (
    id                           BIGINT PRIMARY KEY,
    -- no cascade: a company with reports cannot be deleted (409, set status CLOSED instead)
    company_id                   BIGINT     NOT NULL REFERENCES company(id),
    period                       VARCHAR(7) NOT NULL,
    period_year                  INT        NOT NULL,
    period_quarter               INT        NOT NULL,
    employees_women              INT        NOT NULL,
    employees_men                INT        NOT NULL,
    employees_other              INT        NOT NULL,
    wage_subsidy_women           INT        NOT NULL,
    wage_subsidy_men             INT        NOT NULL,
    wage_subsidy_other           INT        NOT NULL,
    work_training_women          INT        NOT NULL,
    work_training_men            INT        NOT NULL,
    work_training_other          INT        NOT NULL,
    rehabilitation_women         INT        NOT NULL,
    rehabilitation_men           INT        NOT NULL,
    rehabilitation_other         INT        NOT NULL,
    internships_women            INT        NOT NULL,
    internships_men              INT        NOT NULL,
    internships_other            INT        NOT NULL,
    transitions_to_work          INT        NOT NULL,
    transitions_to_education     INT        NOT NULL,
    revenue_sek                  BIGINT     NOT NULL,
    version                      BIGINT     NOT NULL,
    created_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_employment_report_company_period UNIQUE (company_id, period),
    CONSTRAINT ck_employment_report_quarter CHECK (period_quarter BETWEEN 1 AND 4)
);
-- annual and period-range queries across companies
CREATE INDEX ix_employment_report_year ON employment_report(period_year, period_quarter, company_id);
CREATE INDEX ix_employment_report_period ON employment_report(period);
