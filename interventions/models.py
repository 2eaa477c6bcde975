# The catalogue of formal and informal interventions arrives with its own issue.
