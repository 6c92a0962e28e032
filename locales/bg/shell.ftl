## Рамка на всяка страница: горна част, навигация, избор на език, долна част

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = Към съдържанието
shell-language-label = Език
nav-label = Главно меню
nav-overview = Моят преглед
nav-account = Моят профил
nav-logout = Изход
nav-login = Вход
nav-register = Регистрация
footer-label = Правна информация и помощ
footer-accessibility = Достъпност
footer-privacy = Защита на личните данни
footer-imprint = Данни за издателя (Impressum)
footer-easy-language = Лесен език
footer-contact = Контакт
footer-operator = Услуга на Kommunales Jobcenter Kreis Warendorf – Образование и участие (Bildung und Teilhabe)
role-family = Семейство
role-school = Училище
role-staff = Служител (Sachbearbeitung)
role-admin = Администрация
back-to-overview = Обратно към прегледа
select-choose = Моля, изберете
field-optional-suffix = (по желание)
