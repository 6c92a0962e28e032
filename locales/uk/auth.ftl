## Вхід, реєстрація, обліковий запис

field-email = Адреса електронної пошти
field-password = Пароль
field-current-password = Поточний пароль
field-new-password = Новий пароль
field-password-repeat = Повторіть пароль
field-role = Роль
field-initial-password = Початковий пароль
password-show = Показати пароль
password-hide = Приховати пароль
# Variables:
#   $min (Number) - minimale Länge
password-hint = Мінімальна кількість символів: { $min }. Добрий пароль – це довге речення, яке Ви легко запам’ятаєте.
login-title = Вхід
login-submit = Увійти
login-no-account = Ще не маєте облікового запису?
login-register-link = Зареєструватися
register-title = Створіть обліковий запис для Вашої родини
register-lead = З обліковим записом Ви можете онлайн подавати заяви на допомогу «Освіта та участь» (Bildung und Teilhabe), зберігати заяви і заповнювати їх далі пізніше.
register-email-hint = На цю адресу ми надсилатимемо повідомлення щодо Ваших заяв.
register-submit = Створити обліковий запис
register-have-account = Уже маєте обліковий запис?
register-login-link = Увійти
account-title = Мій обліковий запис
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Ви увійшли як { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Роль: { $role }
account-change-password-title = Змінити пароль
account-change-password-submit = Змінити пароль
account-password-changed = Ваш пароль змінено.
account-sessions-title = Пристрої з входом
account-sessions-lead = Можливо, ви ще увійшли на іншому телефоні чи комп’ютері, наприклад у консультаційному центрі. Тут ви виходите всюди. Якщо ви зміните пароль, на всіх інших пристроях буде виконано вихід.
account-logout-everywhere = Вийти всюди
account-logged-out-everywhere = Ви вийшли на всіх пристроях.
account-language-title = Мова
account-language-lead = Цією мовою ми показуємо Вам портал і пояснюємо рішення (Bescheide). Саме рішення завжди німецькою мовою.
account-language-save = Зберегти мову
account-language-saved = Вашу мову збережено.

## Забули пароль
login-forgot-link = Забули пароль?
forgot-title = Забули пароль
forgot-lead = Введіть адресу електронної пошти Вашого облікового запису. Ми надішлемо Вам посилання, за яким Ви встановите новий пароль. Посилання дійсне одну годину.
forgot-submit = Надіслати посилання
reset-requested = Якщо обліковий запис із цією адресою існує, ми надіслали посилання. Будь ласка, перевірте поштову скриньку (також папку «Спам»).
reset-title = Встановити новий пароль
reset-lead = Виберіть новий пароль. Після цього на всіх інших пристроях буде виконано вихід.
reset-submit = Зберегти пароль
reset-new-link = Запросити нове посилання
reset-done = Ваш новий пароль збережено. Будь ласка, увійдіть із новим паролем.
reset-error-invalid = Термін дії цього посилання минув, або його вже використано. Будь ласка, запросіть нове посилання.

## Рішення на порталі (§ 37 Abs. 2a SGB X)
delivery-title = Отримувати рішення на порталі
delivery-lead = Якщо Ви погоджуєтеся, Ви більше не отримуватимете рішення (Bescheide) поштою – вони надходитимуть сюди, на портал. Коли рішення буде готове, ми надішлемо Вам електронний лист. Рішення вважається отриманим на третій день після цього листа – з цього дня починається строк для заперечення (Widerspruch). Ви можете будь-коли відкликати свою згоду тут; тоді рішення знову надходитимуть поштою.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = Ви надали згоду { $date }: Ваші рішення надходять на портал.
delivery-state-none = Ваші рішення надходять поштою.
delivery-give = Так, отримувати рішення на порталі
delivery-withdraw = Відкликати згоду (знову поштою)
delivery-given = Дякуємо. Тепер Ваші рішення надходять на портал.
delivery-withdrawn = Вашу згоду відкликано. Рішення знову надходять поштою.
