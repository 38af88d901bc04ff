FIRST_DAY_OF_WEEK = 1  # Monday, as an issue week
