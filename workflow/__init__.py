"""One way to declare a status machine, and to move an object through it.

A `Workflow` names its states, the allowed transitions with the policy action that may take each
one, the guards that must pass (such as "the weighing is complete") and the inputs a step needs
(such as the advice given when a case is not for the Zorg- en Veiligheidshuis). Every workflow
keeps its history in a model of one shape (`workflow.models.TransitionRecord`), moves through one
service with optimistic locking (`workflow.services.transition`), is offered in one form
(`workflow.forms.TransitionForm`) and one serializer (`workflow.serializers`), and refuses a
lost race with one error (`workflow.locking.Conflict`, 409 in the API).

Machinery only: it knows nothing of cases. The case process and the course of an intervention
are declared in `casework`; plans, meetings and reviews will be declared the same way.
"""
