/* annot_clean install script, assembled by make from sql/parts/ */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION annot_clean" to load this file. \quit
