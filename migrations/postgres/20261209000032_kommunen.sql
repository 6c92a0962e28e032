-- Reference data of a real first install: the 13 Kommunen of the Kreis
-- (seed-but-excerpt.md § D), so a family can complete its household profile on a portal
-- started without --demo. Installs that already have them (the demo) keep theirs.
insert into kommune (id, name, created_at) values
    ('ahlen', 'Ahlen', 0),
    ('beckum', 'Beckum', 0),
    ('beelen', 'Beelen', 0),
    ('drensteinfurt', 'Drensteinfurt', 0),
    ('ennigerloh', 'Ennigerloh', 0),
    ('everswinkel', 'Everswinkel', 0),
    ('oelde', 'Oelde', 0),
    ('ostbevern', 'Ostbevern', 0),
    ('sassenberg', 'Sassenberg', 0),
    ('sendenhorst', 'Sendenhorst', 0),
    ('telgte', 'Telgte', 0),
    ('wadersloh', 'Wadersloh', 0),
    ('warendorf', 'Warendorf', 0)
on conflict do nothing;
