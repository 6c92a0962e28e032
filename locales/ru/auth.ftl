## Вход, регистрация, учётная запись

field-email = Адрес электронной почты
field-password = Пароль
field-current-password = Текущий пароль
field-new-password = Новый пароль
field-password-repeat = Повторите пароль
field-role = Роль
field-initial-password = Первый пароль
password-show = Показать пароль
password-hide = Скрыть пароль
# Variables:
#   $min (Number) - minimale Länge
password-hint = { $min ->
    [one] Не менее { $min } знака. Хороший пароль — это длинная фраза, которую Вы легко запомните.
    [few] Не менее { $min } знаков. Хороший пароль — это длинная фраза, которую Вы легко запомните.
    [many] Не менее { $min } знаков. Хороший пароль — это длинная фраза, которую Вы легко запомните.
   *[other] Не менее { $min } знака. Хороший пароль — это длинная фраза, которую Вы легко запомните.
}
login-title = Вход
login-submit = Войти
login-no-account = Ещё нет учётной записи?
login-register-link = Зарегистрироваться
register-title = Создайте учётную запись для Вашей семьи
register-lead = С учётной записью Вы можете подавать заявления на выплаты на образование и участие (Bildung und Teilhabe) онлайн, сохранять их и продолжать заполнять позже.
register-email-hint = На этот адрес мы будем присылать сообщения о Ваших заявлениях.
register-submit = Создать учётную запись
register-have-account = У Вас уже есть учётная запись?
register-login-link = Войти
account-title = Моя учётная запись
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Вы вошли как { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Роль: { $role }
account-change-password-title = Изменить пароль
account-change-password-submit = Изменить пароль
account-password-changed = Ваш пароль изменён.
account-sessions-title = Устройства со входом
account-sessions-lead = Возможно, вы ещё вошли на другом телефоне или компьютере, например в консультационном центре. Здесь вы выходите везде. При смене пароля выполняется выход на всех других устройствах.
account-logout-everywhere = Выйти везде
account-logged-out-everywhere = Вы вышли на всех устройствах.
account-language-title = Язык
account-language-lead = На этом языке мы показываем Вам портал и объясняем решения (Bescheide). Само решение (Bescheid) всегда на немецком языке.
account-language-save = Сохранить язык
account-language-saved = Ваш язык сохранён.

## Забыли пароль
login-forgot-link = Забыли пароль?
forgot-title = Забыли пароль
forgot-lead = Введите адрес электронной почты Вашей учётной записи. Мы пришлём Вам ссылку, по которой Вы зададите новый пароль. Ссылка действует один час.
forgot-submit = Отправить ссылку
reset-requested = Если учётная запись с этим адресом существует, мы отправили ссылку. Пожалуйста, проверьте почтовый ящик (и папку «Спам»).
reset-title = Задать новый пароль
reset-lead = Выберите новый пароль. После этого Вы выйдете из учётной записи на всех других устройствах.
reset-submit = Сохранить пароль
reset-new-link = Запросить новую ссылку
reset-done = Ваш новый пароль сохранён. Пожалуйста, войдите с новым паролем.
reset-error-invalid = Срок действия этой ссылки истёк, или она уже использована. Пожалуйста, запросите новую ссылку.

## Решения на портале (§ 37 Abs. 2a SGB X)
delivery-title = Получать решения на портале
delivery-lead = Если Вы согласны, Вы больше не будете получать решения (Bescheide) по почте — они будут приходить сюда, на портал. Когда решение будет готово, мы отправим Вам электронное письмо. Решение считается полученным на третий день после этого письма — с этого дня начинается срок для возражения (Widerspruch). Вы можете в любое время отозвать своё согласие здесь; тогда решения снова будут приходить по почте.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = Вы дали согласие { $date }: Ваши решения приходят на портал.
delivery-state-none = Ваши решения приходят по почте.
delivery-give = Да, получать решения на портале
delivery-withdraw = Отозвать согласие (снова по почте)
delivery-given = Спасибо. Теперь Ваши решения приходят на портал.
delivery-withdrawn = Ваше согласие отозвано. Решения снова приходят по почте.
