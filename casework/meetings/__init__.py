"""Integral meetings of the Zorg- en Veiligheidshuis: screening, casusoverleg and
vierhoekoverleg, their agenda of cases with the partners invited per item, the partners' input,
the chair's meeting mode (notes, decisions, actions, attendance) and the actions that follow."""
