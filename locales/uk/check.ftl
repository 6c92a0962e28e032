## Перевірка права на допомогу (без облікового запису)

check-title = Чи може моя дитина отримати допомогу?
check-lead = Дайте відповідь на чотири короткі запитання. Тоді Ви побачите, яка допомога з програми «Освіта та участь» (Bildung und Teilhabe) може підійти Вашій дитині. Ми не зберігаємо Ваші відповіді.
check-benefit-question = Яку державну виплату отримує Ваша родина?
check-benefit-none = Жодної з цих виплат або я не знаю
check-age-question = Скільки років Вашій дитині?
check-age-hint = Вік у роках, наприклад 9
check-school-question = Ваша дитина ходить до школи?
check-school-hint = Загальноосвітня школа або професійна школа (Berufsschule)
check-allowance-question = Ваша дитина отримує оплату за професійне навчання (Ausbildungsvergütung)?
check-allowance-hint = Гроші за навчання професії на підприємстві
check-yes = Так
check-no = Ні
check-submit = Показати результат
check-result-title = Ваш результат
check-may-apply = Ваша дитина може мати право на цю допомогу.
check-may-not-apply = Ваша дитина, імовірно, не має права на цю допомогу.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = Правова підстава: { $basis }
check-disclaimer = Це лише попередня оцінка, вона ні до чого не зобов’язує. Рішення ухвалює Jobcenter, коли Ви подасте заяву.
check-apply = Подати заяву зараз
check-error-benefit = Будь ласка, виберіть, яку державну виплату отримує Ваша родина.
check-error-age-required = Будь ласка, введіть вік Вашої дитини.
check-error-age-invalid = Будь ласка, введіть вік цілим числом від 0 до 99.
check-error-yes-no = Будь ласка, виберіть «Так» або «Ні».
check-reason-no-benefit = Ця допомога призначена для родин, які отримують Grundsicherungsgeld (раніше Bürgergeld), соціальну допомогу (Sozialhilfe), допомогу на житло (Wohngeld), надбавку на дитину (Kinderzuschlag) або допомогу для шукачів притулку (Asylbewerberleistungen).
check-reason-no-school = Допомогу з навчанням (Lernförderung) можуть отримати лише діти й молоді люди, які ходять до школи.
check-reason-training-allowance = Хто отримує оплату за професійне навчання (Ausbildungsvergütung), той не може отримати допомогу з навчанням (Lernförderung).
check-reason-age-25 = Якщо родина отримує цю виплату, допомогу з навчанням (Lernförderung) можна отримувати лише до 25-го дня народження.
check-reason-tutoring-ok = Ваша дитина ходить до школи. Якщо без репетитора вона не досягає важливих навчальних цілей, Jobcenter може оплатити заняття з репетитором. Школа підтверджує цю потребу.
check-reason-no-age-limit = Якщо Ви отримуєте соціальну допомогу (Sozialhilfe) або допомогу для шукачів притулку (Asylbewerberleistungen), для шкільної допомоги немає вікового обмеження в 25 років.
check-reason-participation-ok = Для дітей до 18 років є 15 євро на місяць на клуб, музичну школу, курси або табір на канікулах (Ferienfreizeit).
check-reason-age-18 = Допомогу на участь у соціальному та культурному житті (soziokulturelle Teilhabe) можна отримувати лише до 18-го дня народження.
check-note-but-needs-alone = Якщо Ваш дохід лише трохи вищий за межу, право на допомогу може дати вже сама потреба в освіті та участі (Bildung und Teilhabe). Звертайтеся до нас із запитаннями.
check-note-tutoring-own-application = На допомогу з навчанням (Lernförderung) завжди потрібно подавати окрему заяву – це можна зробити тут, на порталі.
check-note-apply-separately = Родини, які отримують допомогу на житло (Wohngeld) або надбавку на дитину (Kinderzuschlag), завжди подають окрему заяву на «Освіту та участь» (Bildung und Teilhabe) – це можна зробити тут, на порталі.
check-note-sgb2-covered = Разом із заявою на Grundsicherungsgeld (раніше Bürgergeld) Ви вже подали заяву на участь у соціальному та культурному житті (Teilhabe). Щоб ми могли оплатити клуб, укажіть тут організатора.
check-note-sgb12-covered = Разом із заявою на соціальну допомогу (Sozialhilfe) або допомогу для шукачів притулку (Asylbewerberleistungen) Ви вже подали заяву на участь у соціальному та культурному житті (Teilhabe). Щоб ми могли оплатити клуб, укажіть тут організатора.
