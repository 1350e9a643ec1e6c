-- ESF+ participant reports (issue 20): per company and quarter, aggregated counts of the
-- participants who started, who left, and the results of those who left, in the categories of
-- the ESF+ common indicators (Regulation (EU) 2021/1057, Annex I). Counts only: never a person.
-- A report may name the project it is reported for; deleting the project detaches it.
CREATE SEQUENCE participant_report_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE participant_report (
    id              BIGINT PRIMARY KEY,
    company_id      BIGINT       NOT NULL REFERENCES company(id),
    period          VARCHAR(7)   NOT NULL,
    period_year     INT          NOT NULL,
    period_quarter  INT          NOT NULL,
    project_id      BIGINT       REFERENCES project(id) ON DELETE SET NULL,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_participant_report UNIQUE (company_id, period)
);
CREATE INDEX ix_participant_report_year ON participant_report(period_year);
CREATE INDEX ix_participant_report_project ON participant_report(project_id);

-- One row per reported indicator (the key of esf/common-indicators.csv), split by gender.
CREATE TABLE participant_count (
    report_id   BIGINT      NOT NULL REFERENCES participant_report(id) ON DELETE CASCADE,
    indicator   VARCHAR(40) NOT NULL,
    women       INT         NOT NULL CHECK (women >= 0),
    men         INT         NOT NULL CHECK (men >= 0),
    non_binary  INT         NOT NULL CHECK (non_binary >= 0),
    PRIMARY KEY (report_id, indicator)
);
