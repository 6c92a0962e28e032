## Account administration

admin-accounts-title = Manage accounts
admin-create-title = Create a new account
admin-initial-password-hint = Pass the initial password on securely. The person changes it under "My account" after the first login.
admin-create-submit = Create account
admin-created = The account has been created.
admin-list-title = All accounts
admin-created-at = Created on
