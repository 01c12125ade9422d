-- one database per service: services share no database
CREATE DATABASE ingest;
CREATE DATABASE enrichment;
CREATE DATABASE notifier;
