"""Demo content for sitrep: original sample text, generated illustrations and the seeding action.

`python manage.py seed_demo` calls `sitrep.publishing.demo.seeding.do_seed_demo`.
"""
