-- A description with nothing but a name is matched on how both names sound.
CREATE INDEX person_name_sounds ON person (surname_sound, forename_sound);
