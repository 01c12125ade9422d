-- An ambassador's term names the state the ambassador is accredited to (ISO 3166-1 alpha-2); every other office
-- leaves it NULL. The admin API and the data-file import check the rule (KnowledgeBaseChecks) before writing.
ALTER TABLE office_terms ADD COLUMN post CHAR(2);
