## Вход, регистрация, профил

field-email = Имейл адрес
field-password = Парола
field-current-password = Досегашна парола
field-new-password = Нова парола
field-password-repeat = Повторете паролата
field-role = Роля
field-initial-password = Първоначална парола
password-show = Покажи паролата
password-hide = Скрий паролата
# Variables:
#   $min (Number) - minimale Länge
password-hint = Поне { $min } знака. Добра парола е едно дълго изречение, което лесно можете да запомните.
login-title = Вход
login-submit = Вход
login-no-account = Още нямате профил?
login-register-link = Регистрирайте се сега
register-title = Създайте профил за Вашето семейство
register-lead = С профил можете да кандидатствате онлайн за помощи за образование и участие (Bildung und Teilhabe), да запазвате заявления и да ги довършвате по-късно.
register-email-hint = На този адрес ще Ви пишем за Вашите заявления.
register-submit = Създайте профил
register-have-account = Вече имате профил?
register-login-link = Вход
account-title = Моят профил
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Влезли сте като { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Роля: { $role }
account-change-password-title = Смяна на паролата
account-change-password-submit = Сменете паролата
account-password-changed = Паролата Ви е сменена.
account-sessions-title = Устройства с вход
account-sessions-lead = Може би все още сте влезли на друг телефон или компютър, например в консултантски център. Оттук излизате навсякъде. При смяна на паролата излизате от всички други устройства.
account-logout-everywhere = Изход навсякъде
account-logged-out-everywhere = Излязохте от всички устройства.
account-language-title = Език
account-language-lead = На този език Ви показваме портала и Ви обясняваме решенията (Bescheide). Самото решение винаги е на немски.
account-language-save = Запазете езика
account-language-saved = Езикът Ви е запазен.

## Забравена парола
login-forgot-link = Забравена парола?
forgot-title = Забравена парола
forgot-lead = Въведете имейл адреса на профила си. Ще Ви изпратим връзка, с която да зададете нова парола. Връзката е валидна един час.
forgot-submit = Изпратете връзката
reset-requested = Ако има профил с този адрес, изпратихме връзка. Моля, проверете пощенската си кутия (и папката за спам).
reset-title = Задайте нова парола
reset-lead = Изберете нова парола. След това ще излезете от профила си на всички други устройства.
reset-submit = Запазете паролата
reset-new-link = Поискайте нова връзка
reset-done = Новата Ви парола е запазена. Моля, влезте с нея.
reset-error-invalid = Тази връзка е изтекла или вече е използвана. Моля, поискайте нова връзка.

## Решения в портала (§ 37 Abs. 2a SGB X)
delivery-title = Получаване на решенията в портала
delivery-lead = Ако сте съгласни, вече няма да получавате решенията си (Bescheide) по пощата, а тук в портала. Тогава ще Ви изпращаме имейл, щом някое решение е готово. Решението се счита за връчено на третия ден след този имейл – от този ден тече срокът за възражение (Widerspruch). Можете по всяко време да оттеглите съгласието си тук; тогава решенията отново ще идват по пощата.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = На { $date } дадохте съгласие: решенията Ви идват в портала.
delivery-state-none = Решенията Ви идват по пощата.
delivery-give = Да, искам да получавам решенията в портала
delivery-withdraw = Оттеглете съгласието (отново по пощата)
delivery-given = Благодарим Ви. Отсега нататък решенията Ви идват в портала.
delivery-withdrawn = Съгласието Ви е оттеглено. Решенията отново идват по пощата.

## Потвърждаване на имейл адреса
register-mail-sent = Изпратихме Ви имейл. Моля, отворете връзката в него, за да потвърдите адреса си (проверете и папката за спам).
verify-title = Потвърждаване на имейл адреса
verify-submit = Потвърдете адреса ми
verify-done = Благодарим Ви! Имейл адресът Ви е потвърден.
verify-error-invalid = Тази връзка е изтекла или вече е използвана. Влезте в профила си и поискайте нова връзка в „Моят преглед“.
verify-banner = Моля, потвърдете имейл адреса си чрез връзката, която Ви изпратихме. Вече можете да попълвате заявления; ще можете да ги изпратите, щом адресът Ви бъде потвърден.
verify-resend = Изпратете връзката отново
verify-resent = Изпратихме Ви нова връзка.
