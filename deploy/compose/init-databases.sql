-- One database per service (the services never read each other's tables).
CREATE DATABASE registry;
CREATE DATABASE complaints;
CREATE DATABASE referrals;
CREATE DATABASE notifications;
